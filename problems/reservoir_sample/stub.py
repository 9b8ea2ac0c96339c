import random
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def reservoir_sample(stream: Iterable[T], k: int, rng: random.Random) -> list[T]:
    """Return a uniform random sample of k items of the stream, in one pass.

    Every k-subset of the stream's positions must be equally likely. Read the
    stream once (it may be a generator) and keep O(k) items in memory. When the
    stream has at most k items, return all of them in stream order. Take every
    random number from rng. k = 0 gives []; k < 0 raises ValueError.
    """
    raise NotImplementedError
