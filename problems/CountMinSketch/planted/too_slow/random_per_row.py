"""Correct but slow: the column of an item in row r comes from a fresh
random.Random seeded with the string "seed:row:item" (deterministic: a str
seed goes through sha512, not the salted hash). Seeding a Mersenne Twister
fills 624 words of state, so every add and estimate costs depth generator
constructions: many times the reference's work per call."""

import random


class CountMinSketch:
    def __init__(self, width, depth, seed=0):
        if width < 1 or depth < 1:
            raise ValueError("width and depth must be at least 1")
        self.width, self.depth, self.seed = width, depth, seed
        self.rows = [[0] * width for _ in range(depth)]

    def _columns(self, item):
        return [random.Random(f"{self.seed}:{r}:{item}").randrange(self.width)
                for r in range(self.depth)]

    def add(self, item, count=1):
        if count < 0:
            raise ValueError("negative count")
        for row, col in zip(self.rows, self._columns(item)):
            row[col] += count

    def estimate(self, item):
        return min(row[col] for row, col in zip(self.rows, self._columns(item)))

    def merge(self, other):
        if (other.width, other.depth, other.seed) != (self.width, self.depth, self.seed):
            raise ValueError("incompatible")
        for mine, theirs in zip(self.rows, other.rows):
            for c, v in enumerate(theirs):
                mine[c] += v


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
