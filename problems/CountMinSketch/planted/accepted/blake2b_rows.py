"""Accepted: one keyed blake2b digest per item, cut into a 64-bit word per row
(blake2b's output words are independent pseudo-random bits; the seed is the
key, the block of 8 rows the salt). A flat table, row-major. heavy_hitters
keeps every item that was above phi * n when last seen, with no pruning."""

import hashlib
from collections.abc import Iterable


class CountMinSketch:
    def __init__(self, width: int, depth: int, seed: int = 0) -> None:
        if width < 1 or depth < 1:
            raise ValueError("width and depth must be positive")
        self.width, self.depth, self.seed = width, depth, seed
        self.key = str(seed).encode()
        self.table = [0] * (width * depth)

    def _cells(self, item: str) -> list[int]:
        data = item.encode("utf-8", "surrogatepass")
        words: list[int] = []
        block = 0
        while len(words) < self.depth:
            rows = min(8, self.depth - len(words))
            digest = hashlib.blake2b(data, digest_size=8 * rows, key=self.key,
                                     salt=block.to_bytes(16, "little")).digest()
            words.extend(memoryview(digest).cast("Q"))
            block += 1
        return [row * self.width + word % self.width for row, word in enumerate(words)]

    def add(self, item: str, count: int = 1) -> None:
        if count < 0:
            raise ValueError("negative count")
        table = self.table
        for cell in self._cells(item):
            table[cell] += count

    def estimate(self, item: str) -> int:
        table = self.table
        return min(table[cell] for cell in self._cells(item))

    def merge(self, other: "CountMinSketch") -> None:
        if (self.width, self.depth, self.seed) != (other.width, other.depth, other.seed):
            raise ValueError("incompatible sketches")
        self.table = [a + b for a, b in zip(self.table, other.table)]


def heavy_hitters(stream: Iterable[str], phi: float, width: int, depth: int,
                  seed: int = 0) -> set[str]:
    if not (0 < phi <= 1):
        raise ValueError("phi must be in (0, 1]")
    sketch = CountMinSketch(width, depth, seed)
    seen = 0
    candidates = set()
    for item in stream:
        seen += 1
        sketch.add(item)
        if sketch.estimate(item) > phi * seen:
            candidates.add(item)
    return {item for item in candidates if sketch.estimate(item) > phi * seen}
