import random
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def reservoir_sample(stream: Iterable[T], k: int, rng: random.Random) -> list[T]:
    """Algorithm R. The first k items fill the reservoir; item i (0-based, i >= k)
    then replaces a uniformly chosen slot with probability k / (i + 1). By
    induction every item seen so far is in the reservoir with probability
    k / (i + 1), and every k-subset is equally likely.
    O(n) time, O(k) memory, one pass; all randomness from rng."""
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    kept: list[T] = []
    if k == 0:
        return kept
    for i, item in enumerate(stream):
        if i < k:
            kept.append(item)
        else:
            j = rng.randrange(i + 1)  # uniform in 0..i
            if j < k:
                kept[j] = item
    return kept
