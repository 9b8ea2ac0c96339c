"""Speed inputs: a lazily generated stream of n play ids, k = 100, a seeded rng.

The stream is made one item at a time in the worker (nothing stored), so a
solution that materializes it shows it in its peak memory, which this problem
judges beside time ([speed] memory = true)."""

import random

from judge.testing import SeededRandom, Stream


def generate(n: int, rng: random.Random) -> tuple[Stream, int, random.Random]:
    return Stream(n=n), 100, SeededRandom(rng.randrange(2**32))
