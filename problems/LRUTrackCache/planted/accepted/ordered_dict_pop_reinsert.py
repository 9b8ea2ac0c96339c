from collections import OrderedDict


class LRUTrackCache:
    """The OrderedDict idiom written with pop and re-insert instead of
    move_to_end (a common variant in Python tutorials): O(1) per call."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.cache = OrderedDict()

    def get(self, track_id):
        if track_id not in self.cache:
            return None
        audio = self.cache.pop(track_id)
        self.cache[track_id] = audio
        return audio

    def put(self, track_id, audio):
        if track_id in self.cache:
            self.cache.pop(track_id)
        elif len(self.cache) == self.capacity:
            self.cache.popitem(last=False)
        self.cache[track_id] = audio

    def __len__(self):
        return len(self.cache)
