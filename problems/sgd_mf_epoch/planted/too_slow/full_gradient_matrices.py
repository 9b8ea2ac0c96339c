import numpy as np


def sgd_mf_epoch(ratings, P, Q, lr, reg):
    """Correct but naive: writes each rating's gradient as full U x f and I x f
    matrices (zero except one row) and updates the whole matrices with them,
    O((U + I) f) per rating instead of O(f)."""
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P and Q must be 2-D with the same number of columns")
    for u, i, r in ratings:
        if not (0 <= u < len(P) and 0 <= i < len(Q)):
            raise ValueError("id out of range")
        e = r - P[u] @ Q[i]
        grad_P = np.zeros_like(P)
        grad_Q = np.zeros_like(Q)
        grad_P[u] = -e * Q[i] + reg * P[u]
        grad_Q[i] = -e * P[u] + reg * Q[i]
        P = P - lr * grad_P
        Q = Q - lr * grad_Q
    return P, Q
