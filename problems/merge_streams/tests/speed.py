"""Speed inputs: n events over k = sqrt(n) streams (10^3 streams at n = 10^6).

Each event goes to a random stream with a random timestamp in 0..n-1, so equal
timestamps across streams are common. The number of streams grows with n, so
merging the streams one after the other (O(n k)) grows like n^1.5 and shows it.
"""

import math
import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple[list[list[tuple[int, str]]]]:
    gen = np.random.default_rng(rng.getrandbits(64))
    k = max(2, math.isqrt(n))
    stream_of = gen.integers(0, k, n)
    stamps = gen.integers(0, n, n)
    order = np.lexsort((stamps, stream_of))  # by stream, then timestamp
    bounds = np.searchsorted(stream_of[order], np.arange(k + 1)).tolist()
    events = list(zip(stamps[order].tolist(), [f"ev{i:07d}" for i in order.tolist()],
                      strict=True))
    return ([events[bounds[i]:bounds[i + 1]] for i in range(k)],)
