"""A numpy table made with np.zeros((depth, width)): float64 by default, so
estimate returns a float (3.0, not 3)."""

import hashlib
import random

import numpy as np

P = (1 << 61) - 1


class CountMinSketch:
    def __init__(self, width, depth, seed=0):
        if width < 1 or depth < 1:
            raise ValueError("width and depth must be at least 1")
        self.width, self.depth, self.seed = width, depth, seed
        rng = random.Random(seed)
        self.hashes = [(rng.randrange(1, P), rng.randrange(P)) for _ in range(depth)]
        self.table = np.zeros((depth, width))

    def _columns(self, item):
        x = int.from_bytes(hashlib.blake2b(item.encode(), digest_size=8).digest(), "little")
        return [(a * x + b) % P % self.width for a, b in self.hashes]

    def add(self, item, count=1):
        if count < 0:
            raise ValueError("negative count")
        for r, c in enumerate(self._columns(item)):
            self.table[r, c] += count

    def estimate(self, item):
        return min(self.table[r, c] for r, c in enumerate(self._columns(item)))

    def merge(self, other):
        if (other.width, other.depth, other.seed) != (self.width, self.depth, self.seed):
            raise ValueError("incompatible")
        self.table += other.table


def heavy_hitters(stream, phi, width, depth, seed=0):
    if not 0 < phi <= 1:
        raise ValueError("phi must be in (0, 1]")
    sketch = CountMinSketch(width, depth, seed)
    candidates = set()
    n = 0
    for item in stream:
        n += 1
        sketch.add(item)
        if sketch.estimate(item) > phi * n:
            candidates.add(item)
    return {c for c in candidates if sketch.estimate(c) > phi * n}
