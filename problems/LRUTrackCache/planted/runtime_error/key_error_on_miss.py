from collections import OrderedDict


class LRUTrackCache:
    """Indexes the dict directly in get: a miss raises KeyError instead of returning None."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.entries = OrderedDict()

    def get(self, track_id):
        self.entries.move_to_end(track_id)
        return self.entries[track_id]

    def put(self, track_id, audio):
        if track_id in self.entries:
            self.entries.move_to_end(track_id)
        elif len(self.entries) >= self.capacity:
            self.entries.popitem(last=False)
        self.entries[track_id] = audio

    def __len__(self):
        return len(self.entries)
