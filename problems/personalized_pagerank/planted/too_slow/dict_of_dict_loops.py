import math

import numpy as np


def personalized_pagerank(n, edges, seeds, alpha=0.85, tol=1e-10, max_iter=1000):
    """Correct but naive: the graph as a dict of dicts and plain Python loops
    over every edge in every iteration, O(m) per iteration like the reference
    but with Python's constant factor instead of numpy's."""
    if n < 0 or not 0 <= alpha <= 1 or not tol >= 0 or max_iter < 0:
        raise ValueError("bad n, alpha, tol or max_iter")
    if not seeds:
        raise ValueError("no seeds")
    for node, weight in seeds.items():
        if not 0 <= node < n or not (weight >= 0 and math.isfinite(weight)):
            raise ValueError(f"bad seed {node}: {weight}")
    total = sum(seeds.values())
    if total <= 0:
        raise ValueError("seeds add up to 0")
    p = [0.0] * n
    for node, weight in seeds.items():
        p[node] += weight / total

    graph = {}
    out = [0.0] * n
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n) or not (w >= 0 and math.isfinite(w)):
            raise ValueError(f"bad edge {(u, v, w)}")
        row = graph.setdefault(u, {})
        row[v] = row.get(v, 0.0) + w
        out[u] += w
    dangling = [u for u in range(n) if out[u] == 0]

    x = p
    for _ in range(max_iter):
        new = [0.0] * n
        for u, row in graph.items():
            if out[u] > 0:
                share = x[u] / out[u]
                for v, w in row.items():
                    new[v] += share * w
        lost = sum(x[u] for u in dangling)
        new = [alpha * (new[i] + lost * p[i]) + (1 - alpha) * p[i] for i in range(n)]
        change = sum(abs(a - b) for a, b in zip(new, x))
        x = new
        if change < tol:
            break
    return np.array(x, dtype=float)
