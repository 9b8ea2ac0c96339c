"""Speed inputs: n plays over about n/100 distinct tracks, Zipf-like popularity.

The number of distinct tracks grows with n, so an approach that scans the
plays once per distinct track (plays.count) grows like n^2 and shows it.
"""

import random


def generate(n: int, rng: random.Random) -> tuple[list[str]]:
    tracks = [f"track-{i:06d}" for i in range(max(1, n // 100))]
    weights = [1 / (rank + 1) for rank in range(len(tracks))]
    return (rng.choices(tracks, weights, k=n),)
