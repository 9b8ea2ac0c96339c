import math

import numpy as np


def solve_rows(R, Y, reg, alpha):
    f = Y.shape[1]
    base = Y.T @ Y + reg * np.eye(f)
    out = np.zeros((R.shape[0], f))
    for u in range(R.shape[0]):
        lo, hi = R.indptr[u], R.indptr[u + 1]
        if lo == hi:
            continue
        Yu = Y[R.indices[lo:hi]]
        r = R.data[lo:hi].astype(float)
        c = alpha * r
        out[u] = np.linalg.solve(base + (Yu.T * (c - 1.0)) @ Yu, Yu.T @ (c * r))
    return out


def implicit_als_sweep(R, X, Y, reg, alpha):
    """Uses the play count itself as the preference (b = Y^T C_u r_u) instead
    of the binary p = 1 for every played track."""
    if not (reg > 0 and math.isfinite(reg)) or not (alpha > 0 and math.isfinite(alpha)):
        raise ValueError("reg and alpha must be finite and > 0")
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1] or R.shape != (len(X), len(Y)):
        raise ValueError("inconsistent shapes")
    new_x = solve_rows(R, Y, reg, alpha)
    return new_x, solve_rows(R.T.tocsr(), new_x, reg, alpha)
