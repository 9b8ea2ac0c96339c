"""Speed inputs: n tracks and 5n random edges plus a path through all tracks
(so the graph is connected); dst is the track farthest from src, so a search
that stops at dst still does work proportional to the whole graph."""

import random

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra


def generate(n: int, rng: random.Random) -> tuple[int, list[tuple[int, int, float]], int, int]:
    gen = np.random.default_rng(rng.getrandbits(64))
    m = 5 * n
    order = gen.permutation(n)
    u = np.concatenate([gen.integers(0, n, m), order[:-1]])
    v = np.concatenate([gen.integers(0, n, m), order[1:]])
    w = np.concatenate([np.round(gen.random(m), 6), np.ones(n - 1)])
    # csgraph would drop explicit zero weights, so shift all by a hair for the search
    graph = coo_matrix((w + 1e-9, (u, v)), shape=(n, n)).tocsr()
    distances = dijkstra(graph, directed=False, indices=0)
    edges = list(zip(u.tolist(), v.tolist(), w.tolist(), strict=True))
    return n, edges, 0, int(np.argmax(distances))
