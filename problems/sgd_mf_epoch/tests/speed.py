"""Speed inputs: n ratings in random order over n/5 listeners and n/10 tracks,
f = 32, lr = 0.01, reg = 0.02. The rows grow with n, so whatever touches whole
matrices per rating (a full gradient, a copy of P or Q, P @ Q.T) grows like n^2."""

import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple[list[tuple[int, int, float]], np.ndarray,
                                                  np.ndarray, float, float]:
    gen = np.random.default_rng(rng.getrandbits(64))
    n_users, n_items, f = max(1, n // 5), max(1, n // 10), 32
    popularity = 1 / np.arange(1, n_items + 1) ** 0.7
    users = gen.integers(0, n_users, n).tolist()
    items = gen.choice(n_items, n, p=popularity / popularity.sum()).tolist()
    stars = (gen.integers(1, 11, n) / 2).tolist()
    P = gen.normal(0.1, 0.1, (n_users, f))
    Q = gen.normal(0.1, 0.1, (n_items, f))
    return list(zip(users, items, stars, strict=True)), P, Q, 0.01, 0.02
