"""Speed inputs: one day of plays (timestamps in [0, 86400), sorted) with a
30-minute window. About n/8 listeners, each with a handful of favourite
tracks, so many plays are replays; a quarter of the plays repeat a recent one.

The day stays one day while n grows, so the window holds about n/48 events:
scanning back through the kept events of the window grows like n^2."""

import random

import numpy as np

DAY_S = 86_400
WINDOW_S = 1_800


def generate(n: int, rng: random.Random) -> tuple[list[tuple[int, str, str]], int]:
    gen = np.random.default_rng(rng.getrandbits(64))
    n_users = max(1, n // 8)
    # one str object per id, shared by its events (the input pickles compactly)
    user_ids = [f"user{u}" for u in range(n_users)]
    track_ids = [f"track{t}" for t in range(n_users + 6)]
    ts = np.sort(gen.integers(0, DAY_S, n)).tolist()
    users = gen.integers(0, n_users, n).tolist()
    tracks = (gen.integers(0, n_users, n) + gen.integers(0, 6, n)).tolist()
    repeat = (gen.random(n) < 0.25).tolist()
    back = gen.integers(1, 20, n).tolist()
    events = []
    for i in range(n):
        if repeat[i] and i >= back[i]:
            _, user, track = events[i - back[i]]
        else:
            user, track = user_ids[users[i]], track_ids[tracks[i]]
        events.append((ts[i], user, track))
    return events, WINDOW_S
