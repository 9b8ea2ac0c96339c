"""Speed inputs: n tracks and 5n random edges; dst is the track farthest from
src, so a search that stops at dst still does work proportional to the graph."""

import itertools
import random

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra


def generate(n: int, rng: random.Random) -> tuple[int, list[tuple[int, int, float]], int, int]:
    m = 5 * n
    edges = [(rng.randrange(n), rng.randrange(n), round(rng.random(), 6)) for _ in range(m)]
    # a path through all tracks keeps the graph connected
    order = list(range(n))
    rng.shuffle(order)
    edges += [(a, b, 1.0) for a, b in itertools.pairwise(order)]
    rows = np.array([u for u, _, _ in edges])
    cols = np.array([v for _, v, _ in edges])
    weights = np.array([w for _, _, w in edges]) + 1e-9  # csgraph drops explicit zeros
    graph = coo_matrix((weights, (rows, cols)), shape=(n, n)).tocsr()
    distances = dijkstra(graph, directed=False, indices=0)
    return n, edges, 0, int(np.argmax(distances))
