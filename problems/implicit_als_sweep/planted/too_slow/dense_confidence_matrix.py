import math

import numpy as np


def implicit_als_sweep(R, X, Y, reg, alpha):
    """Correct but naive: the formula as written, with a dense tracks x tracks
    diagonal C_u for every listener (and a listeners x listeners C_i for every
    track): O(U I^2 f) time and O(I^2) memory per row instead of using Y^T Y."""
    if not (reg > 0 and math.isfinite(reg)) or not (alpha > 0 and math.isfinite(alpha)):
        raise ValueError("reg and alpha must be finite and > 0")
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1] or R.shape != (len(X), len(Y)):
        raise ValueError("inconsistent shapes")
    dense = R.toarray().astype(float)
    confidence = np.where(dense > 0, alpha * dense, 1.0)
    preference = (dense > 0).astype(float)
    f = X.shape[1]

    def solve_rows(conf, pref, other):
        out = np.zeros((conf.shape[0], f))
        for u in range(conf.shape[0]):
            Cu = np.diag(conf[u])
            A = other.T @ Cu @ other + reg * np.eye(f)
            out[u] = np.linalg.solve(A, other.T @ Cu @ pref[u])
        return out

    new_x = solve_rows(confidence, preference, Y)
    return new_x, solve_rows(confidence.T, preference.T, new_x)
