import math

import numpy as np
from scipy.sparse import csr_matrix


def personalized_pagerank(n, edges, seeds, alpha=0.85, tol=1e-10, max_iter=1000):
    """Forgets max_iter: loops until the change is < tol, so max_iter = 1 does not
    stop after one step (and a walk that never converges would loop forever)."""
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

    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n) or not (w >= 0 and math.isfinite(w)):
            raise ValueError(f"bad edge {(u, v, w)}")
    src = np.array([e[0] for e in edges], dtype=np.int64)
    dst = np.array([e[1] for e in edges], dtype=np.int64)
    w = np.array([e[2] for e in edges], dtype=float)
    out = np.bincount(src, weights=w, minlength=n)
    dangling = out == 0
    keep = w > 0
    PT = csr_matrix((w[keep] / out[src[keep]], (dst[keep], src[keep])), shape=(n, n))

    x = p
    while True:
        new = alpha * (PT @ x + x[dangling].sum() * p) + (1 - alpha) * p
        if np.abs(new - x).sum() < tol:
            return new
        x = new
