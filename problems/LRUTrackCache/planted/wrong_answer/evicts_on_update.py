from collections import OrderedDict


class LRUTrackCache:
    """Checks 'full' before looking the key up: updating a track in a full cache
    evicts another track for no reason."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.entries = OrderedDict()

    def get(self, track_id):
        if track_id not in self.entries:
            return None
        self.entries.move_to_end(track_id)
        return self.entries[track_id]

    def put(self, track_id, audio):
        if len(self.entries) >= self.capacity:
            self.entries.popitem(last=False)
        self.entries[track_id] = audio
        self.entries.move_to_end(track_id)

    def __len__(self):
        return len(self.entries)
