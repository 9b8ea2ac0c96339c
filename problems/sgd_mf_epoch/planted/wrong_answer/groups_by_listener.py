from collections import defaultdict

import numpy as np


def sgd_mf_epoch(ratings, P, Q, lr, reg):
    """Groups the ratings by listener (a defaultdict of lists) and processes
    one listener at a time: the order changes whenever listeners interleave."""
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P and Q must be 2-D with the same number of columns")
    by_user = defaultdict(list)
    for u, i, r in ratings:
        if not (0 <= u < len(P) and 0 <= i < len(Q)):
            raise ValueError("id out of range")
        by_user[u].append((i, r))
    for u, rows in by_user.items():
        for i, r in rows:
            p, q = P[u], Q[i]
            e = r - p @ q
            P[u], Q[i] = p + lr * (e * q - reg * p), q + lr * (e * p - reg * q)
    return P, Q
