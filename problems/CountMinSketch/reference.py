import hashlib
import random
from collections.abc import Iterable

PRIME = (1 << 61) - 1  # a Mersenne prime: the field of the universal hash family


class CountMinSketch:
    """depth rows of width counters; row r sends an item to the column
    h_r(x) = ((a_r * x + b_r) mod p) mod width, where x is a stable 64-bit
    digest of the item (blake2b of its UTF-8 bytes, the same in every process)
    and (a_r, b_r) are drawn for each row from random.Random(seed): pairwise
    independent rows, reproducible from the seed.

    add and estimate touch one counter per row: O(depth) each. Every counter
    an item maps to holds its own count plus whatever collides with it, so the
    minimum over the rows never underestimates and is the least polluted.
    merge adds the tables cell by cell, O(width * depth).
    """

    def __init__(self, width: int, depth: int, seed: int = 0) -> None:
        if width < 1 or depth < 1:
            raise ValueError(f"width and depth must be at least 1, got {width} and {depth}")
        self.width, self.depth, self.seed = width, depth, seed
        rng = random.Random(seed)
        self.hashes = [(rng.randrange(1, PRIME), rng.randrange(PRIME)) for _ in range(depth)]
        self.rows = [[0] * width for _ in range(depth)]

    def _columns(self, item: str) -> list[int]:
        digest = hashlib.blake2b(item.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        x = int.from_bytes(digest, "little")
        return [(a * x + b) % PRIME % self.width for a, b in self.hashes]

    def add(self, item: str, count: int = 1) -> None:
        if count < 0:
            raise ValueError(f"count must be >= 0, got {count}")
        for row, column in zip(self.rows, self._columns(item), strict=True):
            row[column] += count

    def estimate(self, item: str) -> int:
        return min(row[column] for row, column in zip(self.rows, self._columns(item), strict=True))

    def merge(self, other: "CountMinSketch") -> None:
        if (other.width, other.depth, other.seed) != (self.width, self.depth, self.seed):
            raise ValueError("only sketches with the same width, depth and seed can be merged")
        for mine, theirs in zip(self.rows, other.rows, strict=True):
            for column, value in enumerate(theirs):
                mine[column] += value


def heavy_hitters(stream: Iterable[str], phi: float, width: int, depth: int,
                  seed: int = 0) -> set[str]:
    """One pass: add each play to a sketch, and keep as a candidate every item
    whose estimate is above phi times the plays seen so far. A true heavy
    hitter is a candidate after its last play (its estimate is then at least
    its final count > phi N >= phi n), so a final filter on the estimates
    against phi N finds them all. Candidates that fall behind are pruned when
    the set doubles, so memory stays near the number of items above phi n
    (about 1/phi) plus the sketch. O(N depth) time.
    """
    if not 0 < phi <= 1:  # also rejects NaN
        raise ValueError(f"phi must be in (0, 1], got {phi}")
    sketch = CountMinSketch(width, depth, seed)
    candidates: set[str] = set()
    limit = 16
    n = 0
    for item in stream:
        n += 1
        sketch.add(item)
        if sketch.estimate(item) > phi * n:
            candidates.add(item)
            if len(candidates) > limit:
                candidates = {c for c in candidates if sketch.estimate(c) > phi * n}
                limit = max(limit, 2 * len(candidates))
    return {c for c in candidates if sketch.estimate(c) > phi * n}
