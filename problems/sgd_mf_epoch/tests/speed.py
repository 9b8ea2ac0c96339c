"""Speed inputs: n ratings in random order over n/2 listeners and n/4 tracks (a
sparse log: about two ratings a listener), f = 32, lr = 0.01, reg = 0.02. The rows
grow with n, so whatever touches whole matrices per rating (a full gradient, a
copy of P or Q, P @ Q.T) grows like n^2; sparse, so that it is far over the limit
already at sizes where its calls stay short."""

import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple[list[tuple[int, int, float]], np.ndarray,
                                                  np.ndarray, float, float]:
    gen = np.random.default_rng(rng.getrandbits(64))
    n_users, n_items, f = max(1, n // 2), max(1, n // 4), 32
    popularity = 1 / np.arange(1, n_items + 1) ** 0.7
    users = gen.integers(0, n_users, n).tolist()
    items = gen.choice(n_items, n, p=popularity / popularity.sum()).tolist()
    stars = (gen.integers(1, 11, n) / 2).tolist()
    P = gen.normal(0.1, 0.1, (n_users, f))
    Q = gen.normal(0.1, 0.1, (n_items, f))
    return list(zip(users, items, stars, strict=True)), P, Q, 0.01, 0.02
