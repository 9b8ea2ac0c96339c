"""Wrong: one md5 digest per item split into two 64-bit halves h1 and h2, and
row r's column (h1 + r * h2) mod width (the double hashing of Kirsch and
Mitzenmacher, as Bloom filter tutorials use it). Fine for a Bloom filter, but
the rows are not independent: every row's column comes from the same two
numbers, so collisions repeat across rows (two items whose h1 and h2 agree
modulo width collide in every row) and the depth does not buy the e^-depth
bound (caught by the statistical check at width 16, depth 6)."""

import hashlib


class CountMinSketch:
    def __init__(self, width, depth, seed=0):
        if width < 1 or depth < 1:
            raise ValueError("width and depth must be at least 1")
        self.width, self.depth, self.seed = width, depth, seed
        self.prefix = f"{seed}:".encode()
        self.table = [[0] * width for _ in range(depth)]

    def _columns(self, item):
        digest = hashlib.md5(self.prefix + item.encode("utf-8", "surrogatepass")).digest()
        h1 = int.from_bytes(digest[:8], "little")
        h2 = int.from_bytes(digest[8:], "little") | 1
        return [(h1 + r * h2) % self.width for r in range(self.depth)]

    def add(self, item, count=1):
        if count < 0:
            raise ValueError("count must be >= 0")
        for row, column in zip(self.table, self._columns(item)):
            row[column] += count

    def estimate(self, item):
        return min(row[column] for row, column in zip(self.table, self._columns(item)))

    def merge(self, other):
        if (self.width, self.depth, self.seed) != (other.width, other.depth, other.seed):
            raise ValueError("sketches differ in width, depth or seed")
        for mine, theirs in zip(self.table, other.table):
            for column, value in enumerate(theirs):
                mine[column] += value


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
