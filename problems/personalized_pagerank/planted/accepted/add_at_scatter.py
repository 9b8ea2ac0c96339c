import math

import numpy as np


def personalized_pagerank(n, edges, seeds, alpha=0.85, tol=1e-10, max_iter=1000):
    """Power iteration with numpy arrays of the edges and no matrix: every
    iteration scatters each edge's share x[u] * w / out[u] onto its target
    with np.add.at (the unbuffered scatter-add), which also sums parallel
    edges. O(m) per iteration."""
    if n < 0:
        raise ValueError("n must be >= 0")
    if not 0 <= alpha <= 1 or not tol >= 0 or max_iter < 0:
        raise ValueError("bad alpha, tol or max_iter")
    if not seeds:
        raise ValueError("seeds is empty")
    p = np.zeros(n)
    for node, weight in seeds.items():
        if not 0 <= node < n or not (weight >= 0 and math.isfinite(weight)):
            raise ValueError(f"bad seed {node}: {weight}")
        p[node] += weight
    if p.sum() <= 0:
        raise ValueError("the seed weights add up to 0")
    p /= p.sum()

    src = np.array([u for u, _, _ in edges], dtype=np.int64)
    dst = np.array([v for _, v, _ in edges], dtype=np.int64)
    w = np.array([w for _, _, w in edges], dtype=np.float64)
    if len(edges) and (src.min() < 0 or dst.min() < 0 or src.max() >= n or dst.max() >= n):
        raise ValueError("an edge endpoint is not a node")
    if not (np.isfinite(w).all() and (w >= 0).all()):
        raise ValueError("edge weights must be finite and >= 0")
    out = np.zeros(n)
    np.add.at(out, src, w)
    dangling = out == 0
    share = np.divide(w, out[src], out=np.zeros_like(w), where=out[src] > 0)

    x = p
    for _ in range(max_iter):
        flow = np.zeros(n)
        np.add.at(flow, dst, x[src] * share)
        new = alpha * (flow + x[dangling].sum() * p) + (1 - alpha) * p
        if np.abs(new - x).sum() < tol:
            return new
        x = new
    return x
