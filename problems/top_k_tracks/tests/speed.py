"""Speed inputs: n plays over about n/10 distinct tracks, Zipf-like, k = 100.

The number of distinct tracks grows with n, so counting with plays.count per
distinct track grows like n^2 and shows it.
"""

import random


def generate(n: int, rng: random.Random) -> tuple[list[str], int]:
    tracks = [f"track-{i:06d}" for i in range(max(1, n // 10))]
    weights = [1 / (rank + 1) for rank in range(len(tracks))]
    return rng.choices(tracks, weights, k=n), 100
