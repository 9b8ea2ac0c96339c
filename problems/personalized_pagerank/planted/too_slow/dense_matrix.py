import math

import numpy as np


def personalized_pagerank(n, edges, seeds, alpha=0.85, tol=1e-10, max_iter=1000):
    """Correct but naive: a dense n x n transition matrix, so every iteration
    costs O(n^2) however few edges there are (and the matrix needs 8 n^2
    bytes: 80 GB at n = 10^5)."""
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
    p /= p.sum()

    arr = np.array(edges, dtype=float).reshape(len(edges), 3)
    src, dst, w = arr[:, 0].astype(np.int64), arr[:, 1].astype(np.int64), arr[:, 2]
    if len(edges) and (arr[:, :2].min() < 0 or arr[:, :2].max() >= n):
        raise ValueError("bad edge endpoint")
    if not (np.isfinite(w).all() and (w >= 0).all()):
        raise ValueError("bad edge weight")
    P = np.zeros((n, n))
    np.add.at(P, (src, dst), w)
    out = P.sum(axis=1)
    dangling = out == 0
    P[~dangling] /= out[~dangling, None]

    x = p
    for _ in range(max_iter):
        new = alpha * (x @ P + x[dangling].sum() * p) + (1 - alpha) * p
        if np.abs(new - x).sum() < tol:
            return new
        x = new
    return x
