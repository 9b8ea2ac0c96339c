import math

import numpy as np
from scipy.sparse import csr_matrix


def personalized_pagerank(n, edges, seeds, alpha=0.85, tol=1e-10, max_iter=1000):
    """Slices the columns of np.array(edges): with no edges the array is 1-D and
    arr[:, 0] raises IndexError."""
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

    arr = np.array(edges, dtype=float)
    src, dst, w = arr[:, 0].astype(int), arr[:, 1].astype(int), arr[:, 2]
    if src.min() < 0 or dst.min() < 0 or src.max() >= n or dst.max() >= n:
        raise ValueError("bad edge endpoint")
    if not (np.isfinite(w).all() and (w >= 0).all()):
        raise ValueError("bad edge weight")
    out = np.bincount(src, weights=w, minlength=n)
    dangling = out == 0
    keep = w > 0
    PT = csr_matrix((w[keep] / out[src[keep]], (dst[keep], src[keep])), shape=(n, n))

    x = p
    for _ in range(max_iter):
        new = alpha * (PT @ x + x[dangling].sum() * p) + (1 - alpha) * p
        if np.abs(new - x).sum() < tol:
            return new
        x = new
    return x
