"""Speed inputs: n sorted plays over 6 hours of n/20 tracks (Zipf-like, exponent 1.3,
drifting so the shelf changes), n/100 refreshes, a 1-hour window (about n/6 plays,
over 10^4 tracks at the largest size), k = 10: recounting the window per query
(O(q n)) grows like n^2, and so does scanning all counts per query (O(q u))."""

import random

import numpy as np

SPAN_S = 6 * 3600
WINDOW_S = 3600
K = 10


def generate(n: int, rng: random.Random) -> tuple[list[tuple[int, str]], list[int], int, int]:
    gen = np.random.default_rng(rng.getrandbits(64))
    n_tracks = max(10, n // 20)
    # one str object per id, shared by its plays (the input pickles compactly)
    track_ids = [f"track{i:06d}" for i in range(n_tracks)]
    times = np.sort(gen.integers(0, SPAN_S, n))
    rank = np.minimum(gen.zipf(1.3, n) - 1, n_tracks - 1)
    drift = times * n_tracks // (4 * SPAN_S)  # the chart rotates by a quarter a day
    tracks = ((rank + drift) % n_tracks).tolist()
    events = list(zip(times.tolist(), [track_ids[i] for i in tracks], strict=True))
    queries = np.sort(gen.integers(0, SPAN_S + WINDOW_S // 2, max(1, n // 100))).tolist()
    return events, queries, WINDOW_S, K
