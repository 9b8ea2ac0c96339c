from collections import OrderedDict


class LRUTrackCache:
    """An OrderedDict kept in recency order, least recent first.

    move_to_end and popitem(last=False) are O(1): the OrderedDict is a hash map
    plus a doubly linked list, exactly the structure an LRU cache needs.
    """

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.entries: OrderedDict[str, bytes] = OrderedDict()

    def get(self, track_id: str) -> bytes | None:
        if track_id not in self.entries:
            return None
        self.entries.move_to_end(track_id)
        return self.entries[track_id]

    def put(self, track_id: str, audio: bytes) -> None:
        if track_id in self.entries:
            self.entries.move_to_end(track_id)
        elif len(self.entries) >= self.capacity:
            self.entries.popitem(last=False)
        self.entries[track_id] = audio

    def __len__(self) -> int:
        return len(self.entries)
