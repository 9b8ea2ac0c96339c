import math

import numpy as np
from scipy.sparse import csr_matrix


def implicit_als_sweep(R: csr_matrix, X: np.ndarray, Y: np.ndarray, reg: float,
                       alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """One sweep of implicit-feedback ALS (Hu, Koren and Volinsky, 2008).

    Each row solve is the normal equations of a weighted ridge regression,
    (Y^T C_u Y + reg I) x_u = Y^T C_u p_u. C_u is 1 everywhere except on the
    user's plays, so Y^T C_u Y = Y^T Y + Y_u^T (C_u - I) Y_u: Y^T Y is computed
    once per half-sweep (O(items f^2)) and each user adds only its own plays
    (O(plays f^2)), then one f x f solve (O(f^3)). In all
    O(nnz f^2 + (users + items) f^3), instead of O(users items f^2) with a
    dense C_u. The item half is the same on the transpose, with the NEW X.
    """
    if not (reg > 0 and math.isfinite(reg)) or not (alpha > 0 and math.isfinite(alpha)):
        raise ValueError(f"reg and alpha must be finite and > 0, got {reg} and {alpha}")
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError(f"X and Y must be 2-D with the same number of factors,"
                         f" got shapes {X.shape} and {Y.shape}")
    if R.shape != (X.shape[0], Y.shape[0]):
        raise ValueError(f"R has shape {R.shape}, but X has {X.shape[0]} rows and Y"
                         f" {Y.shape[0]}")
    confidence = csr_matrix((alpha * R.data.astype(np.float64), R.indices, R.indptr),
                            shape=R.shape)  # c = alpha r on the plays, a new matrix
    users = solve_rows(confidence, Y.astype(np.float64), reg)
    items = solve_rows(confidence.T.tocsr(), users, reg)
    return users, items


def solve_rows(C: csr_matrix, Y: np.ndarray, reg: float) -> np.ndarray:
    """Row u of the result solves (Y^T Y + Y_u^T (C_u - I) Y_u + reg I) x = Y_u^T c_u,
    where Y_u are the rows of Y that row u of C stores, and c_u their confidences."""
    factors = Y.shape[1]
    base = Y.T @ Y + reg * np.eye(factors)
    result = np.zeros((C.shape[0], factors))
    for u in range(C.shape[0]):
        start, end = C.indptr[u], C.indptr[u + 1]
        if start == end:
            continue  # no plays: b = 0, so x_u = 0
        Yu = Y[C.indices[start:end]]
        c = C.data[start:end]
        A = base + (Yu.T * (c - 1.0)) @ Yu
        result[u] = np.linalg.solve(A, Yu.T @ c)
    return result
