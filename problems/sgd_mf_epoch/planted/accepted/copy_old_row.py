import numpy as np


def sgd_mf_epoch(ratings, P, Q, lr, reg):
    """Correct, the textbook form: in-place += on views of the copied arrays,
    with the old user row saved (p.copy()) before it changes. Ids are checked
    up front with numpy."""
    P, Q = P.copy(), Q.copy()
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P and Q must be 2-D with the same number of columns")
    if ratings:
        ids = np.array([(u, i) for u, i, _ in ratings])
        if ids.min() < 0 or ids[:, 0].max() >= len(P) or ids[:, 1].max() >= len(Q):
            raise ValueError("a rating names a listener or track outside P or Q")
    for u, i, r in ratings:
        p = P[u]
        q = Q[i]
        err = r - np.dot(p, q)
        p_old = p.copy()
        p += lr * (err * q - reg * p)
        q += lr * (err * p_old - reg * q)
    return P, Q
