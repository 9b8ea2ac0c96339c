import math

import numpy as np
from scipy.sparse import csr_matrix

EDGE = np.dtype([("src", np.int64), ("dst", np.int64), ("weight", np.float64)])


def personalized_pagerank(n: int, edges: list[tuple[int, int, float]], seeds: dict[int, float],
                          alpha: float = 0.85, tol: float = 1e-10,
                          max_iter: int = 1000) -> np.ndarray:
    """Power iteration with a sparse matrix. The transposed transition matrix
    P^T is built once as CSR (parallel edges are summed by the conversion, each
    weight divided by its source's out-weight), so x P is one sparse mat-vec.
    Dangling nodes (out-weight 0) hand their mass back to the seed vector p.
    O(m) to build, O(n + m) per iteration, O(m * iterations) in all."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    if not 0.0 <= alpha <= 1.0:  # also rejects NaN
        raise ValueError(f"alpha must be in [0, 1], got {alpha}")
    if not tol >= 0.0:
        raise ValueError(f"tol must be >= 0, got {tol}")
    if max_iter < 0:
        raise ValueError(f"max_iter must be >= 0, got {max_iter}")

    p = np.zeros(n)
    for node, weight in seeds.items():
        if not 0 <= node < n:
            raise ValueError(f"seed {node} is not a node (nodes are 0..{n - 1})")
        if not (weight >= 0.0 and math.isfinite(weight)):
            raise ValueError(f"seed {node} has weight {weight}; seed weights must be finite, >= 0")
        p[node] += weight
    if p.sum() <= 0.0:
        raise ValueError("the seeds must have a positive total weight")
    p /= p.sum()

    table = np.fromiter(edges, dtype=EDGE, count=len(edges))
    src, dst, weight = table["src"], table["dst"], table["weight"]
    if src.size and not (src.min() >= 0 and dst.min() >= 0 and src.max() < n and dst.max() < n):
        raise ValueError(f"an edge has an endpoint outside 0..{n - 1}")
    if not (weight >= 0.0).all() or not np.isfinite(weight).all():
        raise ValueError("edge weights must be finite and >= 0")

    out_weight = np.bincount(src, weights=weight, minlength=n)
    dangling = out_weight == 0.0
    keep = weight > 0.0  # a zero-weight edge carries nothing (and would divide 0 by 0)
    src, dst, weight = src[keep], dst[keep], weight[keep]
    # row v of P^T holds, for every edge u -> v, the share weight / out_weight[u]
    transposed = csr_matrix((weight / out_weight[src], (dst, src)), shape=(n, n))

    x = p
    for _ in range(max_iter):
        new = alpha * (transposed @ x + x[dangling].sum() * p) + (1.0 - alpha) * p
        if np.abs(new - x).sum() < tol:
            return new
        x = new
    return x
