"""Accepted: one sha256 per row of "seed|row|item" (a different hash function per
row, the same in every process), a list of lists. heavy_hitters counts exactly
with a Counter: more memory than the sketch, but right, since every item with
count > phi N has an estimate >= its count > phi N."""

import hashlib
from collections import Counter


class CountMinSketch:
    def __init__(self, width, depth, seed=0):
        if width < 1 or depth < 1:
            raise ValueError("bad size")
        self.width, self.depth, self.seed = width, depth, seed
        self.table = [[0] * width for _ in range(depth)]
        self.prefixes = [f"{seed}|{row}|".encode() for row in range(depth)]

    def _columns(self, item):
        data = item.encode("utf-8", "surrogatepass")
        width = self.width
        return [int.from_bytes(hashlib.sha256(prefix + data).digest()[:8], "big") % width
                for prefix in self.prefixes]

    def add(self, item, count=1):
        if count < 0:
            raise ValueError("count must be non-negative")
        for row, col in zip(self.table, self._columns(item)):
            row[col] += count

    def estimate(self, item):
        return min(row[col] for row, col in zip(self.table, self._columns(item)))

    def merge(self, other):
        if (self.width, self.depth, self.seed) != (other.width, other.depth, other.seed):
            raise ValueError("cannot merge")
        for r in range(self.depth):
            self.table[r] = [a + b for a, b in zip(self.table[r], other.table[r])]


def heavy_hitters(stream, phi, width, depth, seed=0):
    if not 0 < phi <= 1:
        raise ValueError("phi out of range")
    CountMinSketch(width, depth, seed)  # validates width and depth
    counts = Counter(stream)
    n = sum(counts.values())
    return {item for item, c in counts.items() if c > phi * n}
