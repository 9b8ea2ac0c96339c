"""Speed inputs: n half-star ratings over n/20 listeners and n/50 tracks (Zipf-like
popularity); a heavy listener (~n/200 ratings) is asked about the most popular track
they have not rated, k = 40. The raters to compare grow with n; so do the listeners,
and a full listener x listener similarity matrix grows like n^2 and shows it."""

import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple[list[tuple[str, str, float]], str, str, int]:
    gen = np.random.default_rng(rng.getrandbits(64))
    n_users, n_tracks = max(2, n // 20), max(2, n // 50)
    popularity = 1 / np.arange(1, n_tracks + 1) ** 0.8
    popularity /= popularity.sum()
    heavy = min(n_tracks - 1, max(1, n // 200))
    mine = gen.choice(np.arange(1, n_tracks), heavy, replace=False)  # never track 0
    pairs = {(0, int(t)) for t in mine}  # listener 0 is the one asked about
    while len(pairs) < n:
        need = int((n - len(pairs)) * 1.2) + 10
        users = gen.integers(1, n_users, need).tolist()
        tracks = gen.choice(n_tracks, need, p=popularity).tolist()
        for pair in zip(users, tracks, strict=True):
            if len(pairs) == n:
                break
            pairs.add(pair)
    listed = sorted(pairs)
    order = [listed[i] for i in gen.permutation(n).tolist()]  # no grouping by listener
    stars = gen.choice([1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.0, 4.5, 5.0, 5.0, 0.5], n).tolist()
    ratings = [(f"listener{u:05d}", f"track{t:04d}", s)
               for (u, t), s in zip(order, stars, strict=True)]
    return ratings, "listener00000", "track0000", 40
