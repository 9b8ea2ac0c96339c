import math

import numpy as np


def personalized_pagerank(n, edges, seeds, alpha=0.85, tol=1e-10, max_iter=1000):
    """Correct, another way: no sparse matrix at all; every iteration scatters
    the edge shares x[u] * w / out[u] onto their targets with numpy.bincount,
    which also adds up parallel edges on the fly. O(m) per iteration."""
    if n < 0 or not 0 <= alpha <= 1 or not tol >= 0 or max_iter < 0:
        raise ValueError("bad n, alpha, tol or max_iter")
    if not seeds:
        raise ValueError("no seeds")
    p = np.zeros(n)
    for node, weight in seeds.items():
        if not 0 <= node < n or not (weight >= 0 and math.isfinite(weight)):
            raise ValueError(f"bad seed {node}: {weight}")
        p[node] += weight
    total = p.sum()
    if total <= 0:
        raise ValueError("seeds add up to 0")
    p = p / total

    table = np.fromiter(edges, dtype=[("u", np.int64), ("v", np.int64), ("w", float)],
                        count=len(edges))
    u, v, w = table["u"], table["v"], table["w"]
    if len(edges) and (min(u.min(), v.min()) < 0 or max(u.max(), v.max()) >= n):
        raise ValueError("an edge endpoint is not a node")
    if not np.all(w >= 0) or not np.all(np.isfinite(w)):
        raise ValueError("bad edge weight")
    out = np.bincount(u, weights=w, minlength=n)
    share = np.zeros(len(w))
    np.divide(w, out[u], out=share, where=w > 0)
    dangling = np.flatnonzero(out == 0)

    x = p.copy()
    for _ in range(max_iter):
        flow = np.bincount(v, weights=x[u] * share, minlength=n)
        new = alpha * (flow + x[dangling].sum() * p) + (1 - alpha) * p
        if np.abs(new - x).sum() < tol:
            return new
        x = new
    return x
