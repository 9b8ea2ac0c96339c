"""Accepted: the textbook universal family ((a x + b) mod p) mod width with
(a, b) drawn per row from random.Random(seed), over x = zlib.crc32 of the
item's bytes (stable across processes), and the table a numpy int64 array of
shape (depth, width), indexed with fancy indexing per call, as a data-science
candidate writes it. merge is one array addition."""

import random
import zlib

import numpy as np

PRIME = 2_147_483_647  # 2^31 - 1, above every crc32 value


class CountMinSketch:
    def __init__(self, width, depth, seed=0):
        if width < 1 or depth < 1:
            raise ValueError("width and depth must be at least 1")
        self.width, self.depth, self.seed = width, depth, seed
        rng = random.Random(seed)
        self.a = [rng.randrange(1, PRIME) for _ in range(depth)]
        self.b = [rng.randrange(PRIME) for _ in range(depth)]
        self.table = np.zeros((depth, width), dtype=np.int64)
        self.rows = np.arange(depth)

    def _columns(self, item):
        x = zlib.crc32(item.encode("utf-8", "surrogatepass"))
        return [(a * x + b) % PRIME % self.width for a, b in zip(self.a, self.b)]

    def add(self, item, count=1):
        if count < 0:
            raise ValueError("count must be >= 0")
        self.table[self.rows, self._columns(item)] += count

    def estimate(self, item):
        return int(self.table[self.rows, self._columns(item)].min())

    def merge(self, other):
        if (self.width, self.depth, self.seed) != (other.width, other.depth, other.seed):
            raise ValueError("sketches differ in width, depth or seed")
        self.table += other.table


def heavy_hitters(stream, phi, width, depth, seed=0):
    if not 0 < phi <= 1:
        raise ValueError("phi must be in (0, 1]")
    sketch = CountMinSketch(width, depth, seed)
    n = 0
    candidates = set()
    for item in stream:
        n += 1
        sketch.add(item)
        if sketch.estimate(item) > phi * n:
            candidates.add(item)
    return {item for item in candidates if sketch.estimate(item) > phi * n}
