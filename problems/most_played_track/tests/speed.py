"""Speed inputs: n plays over about n/100 distinct tracks, Zipf-like popularity.

The number of distinct tracks grows with n, so an approach that scans the
plays once per distinct track (plays.count) grows like n^2 and shows it.
"""

import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple[list[str]]:
    gen = np.random.default_rng(rng.getrandbits(64))
    tracks = np.array([f"track-{i:06d}" for i in range(max(1, n // 100))], dtype=object)
    weights = 1 / np.arange(1, len(tracks) + 1)
    return (tracks[gen.choice(len(tracks), n, p=weights / weights.sum())].tolist(),)
