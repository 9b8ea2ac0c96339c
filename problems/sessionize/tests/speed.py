"""Speed inputs: n plays from n/20 listeners over one day, in random order
(merged from devices), with the default 30-minute gap.

About 20 plays per listener per day, so silences longer than 30 minutes are
common and sessions have a few plays each. A solution that scans all events
again for every event grows like n^2 and shows it."""

import random

import numpy as np

DAY_S = 86_400


def generate(n: int, rng: random.Random) -> tuple[list[tuple[str, int]], int]:
    gen = np.random.default_rng(rng.getrandbits(64))
    n_users = max(1, n // 20)
    # one str object per id, shared by its events (the input pickles compactly)
    user_ids = [f"user{u:06d}" for u in range(n_users)]
    users = gen.integers(0, n_users, n).tolist()
    times = gen.integers(0, DAY_S, n).tolist()
    return [(user_ids[u], t) for u, t in zip(users, times, strict=True)], 1800
