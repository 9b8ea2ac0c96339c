import math

import numpy as np


def implicit_als_sweep(R, X, Y, reg, alpha):
    """Correct but naive: no Y^T Y precomputation; every row weights all of Y by
    a dense vector of confidences, (Y^T * c_u) @ Y: O(U I f^2) for the sweep."""
    if not (reg > 0 and math.isfinite(reg)) or not (alpha > 0 and math.isfinite(alpha)):
        raise ValueError("reg and alpha must be finite and > 0")
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1] or R.shape != (len(X), len(Y)):
        raise ValueError("inconsistent shapes")
    f = X.shape[1]

    def solve_rows(M, other):
        out = np.zeros((M.shape[0], f))
        for u in range(M.shape[0]):
            r = M.getrow(u).toarray().ravel().astype(float)
            c = np.where(r > 0, alpha * r, 1.0)
            p = (r > 0).astype(float)
            A = (other.T * c) @ other + reg * np.eye(f)
            out[u] = np.linalg.solve(A, other.T @ (c * p))
        return out

    new_x = solve_rows(R.tocsr(), Y)
    return new_x, solve_rows(R.T.tocsr(), new_x)
