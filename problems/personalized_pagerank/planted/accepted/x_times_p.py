import numpy as np
from scipy import sparse


def personalized_pagerank(n, edges, seeds, alpha=0.85, tol=1e-10, max_iter=1000):
    """Correct, a small constant factor slower than the reference: converts the
    edges with np.array (slower than np.fromiter), builds P itself (rows =
    sources) with duplicates summed, scales its rows with a diagonal matrix,
    and multiplies the row vector x @ P in every iteration."""
    if n < 0:
        raise ValueError("n < 0")
    if not (0 <= alpha <= 1) or not (tol >= 0) or max_iter < 0:
        raise ValueError("bad alpha, tol or max_iter")
    keys = np.array(list(seeds.keys()), dtype=np.int64)
    vals = np.array(list(seeds.values()), dtype=float)
    if keys.size == 0 or keys.min() < 0 or keys.max() >= n:
        raise ValueError("bad seed nodes")
    if not np.isfinite(vals).all() or (vals < 0).any() or vals.sum() == 0:
        raise ValueError("bad seed weights")
    p = np.zeros(n)
    np.add.at(p, keys, vals)
    p /= p.sum()

    m = len(edges)
    arr = np.array(edges, dtype=float).reshape(m, 3)
    rows, cols, w = arr[:, 0].astype(np.int64), arr[:, 1].astype(np.int64), arr[:, 2]
    if m and (arr[:, :2].min() < 0 or arr[:, :2].max() > n - 1):
        raise ValueError("bad edge endpoint")
    if not (np.isfinite(w).all() and (w >= 0).all()):
        raise ValueError("bad edge weight")
    A = sparse.coo_matrix((w, (rows, cols)), shape=(n, n)).tocsr()
    A.sum_duplicates()
    out = np.asarray(A.sum(axis=1)).ravel()
    inv = np.zeros(n)
    inv[out > 0] = 1.0 / out[out > 0]
    P = sparse.diags(inv) @ A
    is_dangling = (out == 0).astype(float)

    x = p
    it = 0
    while it < max_iter:
        it += 1
        x_next = alpha * (x @ P + (x @ is_dangling) * p) + (1 - alpha) * p
        done = np.linalg.norm(x_next - x, 1) < tol
        x = x_next
        if done:
            break
    return x
