"""Speed inputs: n follows over n/10 users and n/20 artists (Zipf-like popularity),
n/4 friendships, n/500 of them the listener's (either orientation); rows repeat now
and then, as raw logs do. Friends and artists both grow with n, so looping over every
artist and, for each, over every friend grows like n^2 and shows it."""

import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple[list[tuple[str, str]],
                                                   list[tuple[str, str]], str, int]:
    gen = np.random.default_rng(rng.getrandbits(64))
    users = [f"user{i:06d}" for i in range(max(10, n // 10))]
    artists = [f"artist{i:06d}" for i in range(max(10, n // 20))]
    m = n // 4
    a, b = gen.integers(0, len(users), m), gen.integers(0, len(users), m)
    rows = gen.permutation(m)[: n // 500]
    buddies = gen.permutation(np.arange(1, len(users)))[: len(rows)]
    flip = gen.random(len(rows)) < 0.5
    a[rows] = np.where(flip, buddies, 0)  # user 0 is the listener
    b[rows] = np.where(flip, 0, buddies)
    order = np.argsort(a, kind="stable")  # the export is grouped by its first column
    friends = [(users[i], users[j])
               for i, j in zip(a[order].tolist(), b[order].tolist(), strict=True)]
    weights = 1 / np.arange(1, len(artists) + 1) ** 0.8
    who = gen.integers(0, len(users), n)
    what = gen.choice(len(artists), n, p=weights / weights.sum())
    rows = gen.permutation(n)[:10]
    who[rows], what[rows] = 0, gen.permutation(100)[:10]  # the listener's own follows
    order = np.argsort(who, kind="stable")  # grouped by listener
    follows = [(users[i], artists[j])
               for i, j in zip(who[order].tolist(), what[order].tolist(), strict=True)]
    return friends, follows, users[0], 50
