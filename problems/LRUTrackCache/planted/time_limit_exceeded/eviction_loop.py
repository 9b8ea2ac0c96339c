class LRUTrackCache:
    """Evicts with a while loop that looks for the oldest entry but never advances."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.entries = {}
        self.clock = 0

    def get(self, track_id):
        if track_id not in self.entries:
            return None
        self.clock += 1
        audio, _ = self.entries[track_id]
        self.entries[track_id] = (audio, self.clock)
        return audio

    def put(self, track_id, audio):
        self.clock += 1
        if track_id not in self.entries and len(self.entries) >= self.capacity:
            oldest = None
            keys = list(self.entries)
            i = 0
            while i < len(keys):
                if oldest is None or self.entries[keys[i]][1] < self.entries[oldest][1]:
                    oldest = keys[i]
                # forgot i += 1
            del self.entries[oldest]
        self.entries[track_id] = (audio, self.clock)

    def __len__(self):
        return len(self.entries)
