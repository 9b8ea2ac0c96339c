"""Speed inputs: n artists, 10n weighted edges with random endpoints (parallel edges,
self-loops and dangling nodes all occur), 10 seeds. A dense n x n matrix (O(n^2) per
iteration) shows its worse growth; Python loops over the edges are far slower."""

import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple[int, list[tuple[int, int, float]],
                                                  dict[int, float]]:
    gen = np.random.default_rng(rng.getrandbits(64))
    m = 10 * n
    u = gen.integers(0, n, m).tolist()
    v = gen.integers(0, n, m).tolist()
    w = np.round(gen.random(m) * 5, 3).tolist()
    seeds = {int(node): float(weight)
             for node, weight in zip(gen.integers(0, n, 10), gen.random(10) + 0.1, strict=True)}
    return n, list(zip(u, v, w, strict=True)), seeds
