import numpy as np
from scipy.linalg import cho_factor, cho_solve


def implicit_als_sweep(R, X, Y, reg, alpha):
    """Correct, another way: each A_u is symmetric positive definite, so it is
    solved with a Cholesky factorization (scipy.linalg.cho_factor/cho_solve);
    the item half reads the columns of R from its CSC form."""
    if not (0 < reg < np.inf) or not (0 < alpha < np.inf):
        raise ValueError("reg and alpha must be finite and positive")
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must be 2-D with the same f")
    if R.shape != (X.shape[0], Y.shape[0]):
        raise ValueError("shapes do not match")
    f = X.shape[1]
    eye = reg * np.eye(f)

    def half(indptr, indices, plays, other):
        gram = other.T @ other + eye
        out = np.zeros((len(indptr) - 1, f))
        for row in range(len(indptr) - 1):
            lo, hi = indptr[row], indptr[row + 1]
            if lo == hi:
                continue
            V = other[indices[lo:hi]]
            c = alpha * plays[lo:hi]
            A = gram + V.T @ ((c - 1.0)[:, None] * V)
            out[row] = cho_solve(cho_factor(A), V.T @ c)
        return out

    plays = R.data.astype(float)
    new_x = half(R.indptr, R.indices, plays, Y.astype(float))
    by_item = R.tocsc()
    new_y = half(by_item.indptr, by_item.indices, by_item.data.astype(float), new_x)
    return new_x, new_y
