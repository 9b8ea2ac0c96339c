import math

import numpy as np
from scipy.sparse import csr_matrix


def check(R, X, Y, reg, alpha):
    if not (reg > 0 and math.isfinite(reg)) or not (alpha > 0 and math.isfinite(alpha)):
        raise ValueError("reg and alpha must be finite and > 0")
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1] or R.shape != (len(X), len(Y)):
        raise ValueError("inconsistent shapes")


def solve_rows(R, Y, reg, alpha, out):
    f = Y.shape[1]
    base = Y.T @ Y + reg * np.eye(f)
    for u in range(R.shape[0]):
        lo, hi = R.indptr[u], R.indptr[u + 1]
        if lo == hi:
            out[u] = 0.0
            continue
        Yu = Y[R.indices[lo:hi]]
        c = alpha * R.data[lo:hi]
        out[u] = np.linalg.solve(base + (Yu.T * (c - 1.0)) @ Yu, Yu.T @ c)
    return out


def implicit_als_sweep(R, X, Y, reg, alpha):
    """Right values, but it stores the new rows in the caller's X and Y (the
    usual in-place training loop) and returns them: the inputs are modified."""
    check(R, X, Y, reg, alpha)
    solve_rows(R, Y, reg, alpha, X)
    solve_rows(R.T.tocsr(), X, reg, alpha, Y)
    return X, Y
