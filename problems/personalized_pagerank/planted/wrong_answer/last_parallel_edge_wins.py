import math

import numpy as np


def personalized_pagerank(n, edges, seeds, alpha=0.85, tol=1e-10, max_iter=1000):
    """Stores the graph as a dict of dicts with graph[u][v] = w: a later parallel
    edge overwrites the earlier ones instead of adding its weight."""
    if n < 0 or not 0 <= alpha <= 1 or not tol >= 0 or max_iter < 0:
        raise ValueError("bad n, alpha, tol or max_iter")
    if not seeds:
        raise ValueError("no seeds")
    p = np.zeros(n)
    for node, weight in seeds.items():
        if not 0 <= node < n or not (weight >= 0 and math.isfinite(weight)):
            raise ValueError(f"bad seed {node}: {weight}")
        p[node] += weight
    if p.sum() <= 0:
        raise ValueError("seeds add up to 0")
    p = p / p.sum()

    graph = [{} for _ in range(n)]
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n) or not (w >= 0 and math.isfinite(w)):
            raise ValueError(f"bad edge {(u, v, w)}")
        graph[u][v] = w
    out = [sum(row.values()) for row in graph]

    x = p
    for _ in range(max_iter):
        new = np.zeros(n)
        lost = 0.0
        for u in range(n):
            if out[u] == 0:
                lost += x[u]
                continue
            for v, w in graph[u].items():
                new[v] += x[u] * w / out[u]
        new = alpha * (new + lost * p) + (1 - alpha) * p
        if np.abs(new - x).sum() < tol:
            return new
        x = new
    return x
