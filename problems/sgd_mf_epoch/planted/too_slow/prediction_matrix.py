import numpy as np


def sgd_mf_epoch(ratings, P, Q, lr, reg):
    """Correct but naive: recomputes the whole prediction matrix P @ Q.T for every
    rating to read one error from it, O(U I f) per rating."""
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P and Q must be 2-D with the same number of columns")
    for u, i, r in ratings:
        if not (0 <= u < len(P) and 0 <= i < len(Q)):
            raise ValueError("id out of range")
        E = r - P @ Q.T
        e = E[u, i]
        p, q = P[u].copy(), Q[i].copy()
        P[u] += lr * (e * q - reg * p)
        Q[i] += lr * (e * p - reg * q)
    return P, Q
