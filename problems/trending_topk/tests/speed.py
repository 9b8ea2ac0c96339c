"""Speed inputs: n plays over 6 hours, sorted, n/100 shelf refreshes (10^4 at
n = 10^6), a 1-hour window and k = 10.

n/20 tracks with Zipf-like popularity (exponent 1.3) that drifts during the
day, so the shelf changes. The window holds about n/6 plays and, at the
largest size, over 10^4 distinct tracks: recounting the window for every
query (O(q n)) grows like n^2, and so does scanning all counts at every query
(O(q u)) once u grows with n."""

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
