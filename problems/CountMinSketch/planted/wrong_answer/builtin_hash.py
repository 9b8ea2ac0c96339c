"""Hashes with the builtin hash() of (seed, row, item): right within one process,
but Python salts str hashes per process (PYTHONHASHSEED), so the same sketch
built in another process puts items in other cells."""


class CountMinSketch:
    def __init__(self, width, depth, seed=0):
        if width < 1 or depth < 1:
            raise ValueError("width and depth must be at least 1")
        self.width, self.depth, self.seed = width, depth, seed
        self.rows = [[0] * width for _ in range(depth)]

    def _columns(self, item):
        return [hash((self.seed, r, item)) % self.width for r in range(self.depth)]

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

