"""A correct implicit_als_sweep by conjugate gradient, run to convergence the way the
implicit library's CG solver judges it (|r|^2 < 1e-20, an absolute residual of
1e-10), warm-started from the input factors as implicit does. Its entries are off
by up to 3e-7 relative (benchmarks/tolerances.py): the tolerance must accept it.
All rows are iterated together, so it is about as fast as a per-row solve."""

import numpy as np
from scipy.sparse import csr_matrix


def implicit_als_sweep(R: csr_matrix, X: np.ndarray, Y: np.ndarray, reg: float,
                       alpha: float) -> tuple[np.ndarray, np.ndarray]:
    if not (0 < reg < np.inf) or not (0 < alpha < np.inf):
        raise ValueError("reg and alpha must be finite and positive")
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must be 2-D with the same number of factors")
    if R.shape != (X.shape[0], Y.shape[0]):
        raise ValueError("R's shape does not match X and Y")
    C = csr_matrix((alpha * R.data.astype(np.float64), R.indices, R.indptr), shape=R.shape)
    users = _half(C, Y.astype(np.float64), reg, X.astype(np.float64))
    return users, _half(C.T.tocsr(), users, reg, Y.astype(np.float64))


def _half(C: csr_matrix, Y: np.ndarray, reg: float, start: np.ndarray) -> np.ndarray:
    rows, f = C.shape[0], Y.shape[1]
    A = np.broadcast_to(Y.T @ Y + reg * np.eye(f), (rows, f, f)).copy()
    b = np.zeros((rows, f))
    for u in range(rows):
        lo, hi = C.indptr[u], C.indptr[u + 1]
        if lo < hi:
            Yu, c = Y[C.indices[lo:hi]], C.data[lo:hi]
            A[u] += (Yu.T * (c - 1.0)) @ Yu
            b[u] = Yu.T @ c
    x = start.copy()
    r = b - np.einsum("ufg,ug->uf", A, x)
    d = r.copy()
    rr = np.einsum("uf,uf->u", r, r)
    for _ in range(10 * f + 10):
        active = rr >= 1e-20
        if not active.any():
            break
        Ad = np.einsum("ufg,ug->uf", A, d)
        dAd = np.einsum("uf,uf->u", d, Ad)
        step = np.where(active, rr / np.where(active, dAd, 1.0), 0.0)
        x += step[:, None] * d
        r -= step[:, None] * Ad
        rr_new = np.einsum("uf,uf->u", r, r)
        beta = np.where(active, rr_new / np.where(active, rr, 1.0), 0.0)
        d = np.where(active[:, None], r + beta[:, None] * d, d)
        rr = np.where(active, rr_new, rr)
    return x
