class LRUTrackCache:
    """Correct but naive: recency kept in a Python list, so every hit or update
    pays list.remove, O(capacity) per call instead of O(1)."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.entries = {}
        self.order = []  # least recent first

    def get(self, track_id):
        if track_id not in self.entries:
            return None
        self.order.remove(track_id)
        self.order.append(track_id)
        return self.entries[track_id]

    def put(self, track_id, audio):
        if track_id in self.entries:
            self.order.remove(track_id)
        elif len(self.entries) >= self.capacity:
            del self.entries[self.order.pop(0)]
        self.entries[track_id] = audio
        self.order.append(track_id)

    def __len__(self):
        return len(self.entries)
