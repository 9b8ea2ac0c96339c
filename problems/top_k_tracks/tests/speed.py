"""Speed inputs: n plays over about n/10 distinct tracks, Zipf-like, k = 100.

The number of distinct tracks grows with n, so counting with plays.count per
distinct track grows like n^2 and shows it.
"""

import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple[list[str], int]:
    gen = np.random.default_rng(rng.getrandbits(64))
    tracks = np.array([f"track-{i:06d}" for i in range(max(1, n // 10))], dtype=object)
    weights = 1 / np.arange(1, len(tracks) + 1)
    return tracks[gen.choice(len(tracks), n, p=weights / weights.sum())].tolist(), 100
