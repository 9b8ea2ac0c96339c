import numpy as np


def sgd_mf_epoch(ratings, P, Q, lr, reg):
    """Turns the ratings into an array and slices its columns: with no ratings
    the array is 1-D and arr[:, 0] raises IndexError."""
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P and Q must be 2-D with the same number of columns")
    arr = np.array(ratings, dtype=float)
    users, items, stars = arr[:, 0].astype(int), arr[:, 1].astype(int), arr[:, 2]
    if users.min() < 0 or items.min() < 0 or users.max() >= len(P) or items.max() >= len(Q):
        raise ValueError("id out of range")
    for u, i, r in zip(users.tolist(), items.tolist(), stars.tolist(), strict=True):
        p, q = P[u], Q[i]
        e = r - p @ q
        P[u], Q[i] = p + lr * (e * q - reg * p), q + lr * (e * p - reg * q)
    return P, Q
