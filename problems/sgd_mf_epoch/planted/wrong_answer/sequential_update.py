import numpy as np


def sgd_mf_epoch(ratings, P, Q, lr, reg):
    """Saves the old user row as p_old = p, which is the same view, not a copy:
    after p += ..., the item step uses the NEW p (a sequential update)."""
    P, Q = P.copy(), Q.copy()
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P and Q must be 2-D with the same number of columns")
    for u, i, r in ratings:
        if not (0 <= u < len(P) and 0 <= i < len(Q)):
            raise ValueError("id out of range")
        p, q = P[u], Q[i]
        e = r - p @ q
        p_old = p
        p += lr * (e * q - reg * p)
        q += lr * (e * p_old - reg * q)
    return P, Q
