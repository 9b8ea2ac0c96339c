from collections import OrderedDict


class LRUTrackCache:
    """Replacing a cached track's audio leaves it where it was in the recency order."""

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
        if track_id not in self.entries and len(self.entries) >= self.capacity:
            self.entries.popitem(last=False)
        self.entries[track_id] = audio  # an existing key keeps its old position

    def __len__(self):
        return len(self.entries)
