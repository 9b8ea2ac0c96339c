from collections import OrderedDict


class LRUTrackCache:
    """Classic mistake: get returns the audio but does not make the track recent."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.entries = OrderedDict()

    def get(self, track_id):
        return self.entries.get(track_id)

    def put(self, track_id, audio):
        if track_id in self.entries:
            self.entries.move_to_end(track_id)
        elif len(self.entries) >= self.capacity:
            self.entries.popitem(last=False)
        self.entries[track_id] = audio

    def __len__(self):
        return len(self.entries)
