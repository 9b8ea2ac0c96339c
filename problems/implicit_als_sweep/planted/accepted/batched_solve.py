import math

import numpy as np


def _solve_rows(C, Y, reg):
    """Build every row's A and b, then one batched numpy.linalg.solve."""
    f = Y.shape[1]
    A = np.empty((C.shape[0], f, f))
    A[:] = Y.T @ Y + reg * np.eye(f)
    b = np.zeros((C.shape[0], f))
    for u in range(C.shape[0]):
        cols = C.indices[C.indptr[u]:C.indptr[u + 1]]
        c = C.data[C.indptr[u]:C.indptr[u + 1]]
        if len(cols):
            Yu = Y[cols]
            A[u] += Yu.T @ (Yu * (c - 1.0)[:, None])
            b[u] = c @ Yu
    if len(b) == 0:
        return b
    return np.linalg.solve(A, b[:, :, None])[:, :, 0]


def implicit_als_sweep(R, X, Y, reg, alpha):
    """Correct, another way: the A_u are stacked into one (rows, f, f) array and
    solved in a single batched call; the confidences come from R * alpha."""
    if not (reg > 0 and math.isfinite(reg) and alpha > 0 and math.isfinite(alpha)):
        raise ValueError("reg and alpha must be finite and > 0")
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1] or R.shape != (len(X), len(Y)):
        raise ValueError("inconsistent shapes")
    C = (R * alpha).astype(np.float64).tocsr()
    new_x = _solve_rows(C, np.asarray(Y, dtype=np.float64), reg)
    new_y = _solve_rows(C.T.tocsr(), new_x, reg)
    return new_x, new_y
