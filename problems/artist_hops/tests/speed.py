"""Speed inputs: n relations among n/5 artists, each listed on one side only
(a random one), so half the graph is reachable only through reverse listings.

A path through all artists keeps the graph connected, and max_hops is large
enough that the search reaches every artist. The number of artists grows with
n, so a visited list (`x in visited`) or a `list.pop(0)` queue, both O(V) per
step, grows like n^2 and shows it.
"""

import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple[dict[str, list[str]], str, int]:
    gen = np.random.default_rng(rng.getrandbits(64))
    v = max(2, n // 5)
    names = np.array([f"artist-{i:06d}" for i in range(v)], dtype=object)[gen.permutation(v)]
    # a path through all artists (connected), then random relations, each listed
    # under a random one of its two ends
    m = n - (v - 1)
    a = np.concatenate([np.arange(v - 1), gen.integers(0, v, m)])
    b = np.concatenate([np.arange(1, v), gen.integers(0, v, m)])
    flip = gen.random(len(a)) < 0.5
    a, b = np.where(flip, b, a), np.where(flip, a, b)
    order = np.argsort(a, kind="stable")  # each artist's listings in the order drawn
    listed, starts = np.unique(a[order], return_index=True)
    targets = names[b[order]].tolist()
    bounds = [*starts.tolist(), len(targets)]
    owners = names[listed].tolist()
    adj = {owner: targets[bounds[k]:bounds[k + 1]] for k, owner in enumerate(owners)}
    return adj, names[0], v
