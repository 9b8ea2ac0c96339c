from operator import mul

import numpy as np


def sgd_mf_epoch(ratings, P, Q, lr, reg):
    """Correct, another style: the factors as Python lists of floats (no numpy in
    the loop); each rating rebuilds its two rows from the old ones with list
    comprehensions. O(N f), converted back to arrays at the end."""
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P and Q must be 2-D with the same number of columns")
    users, items = P.tolist(), Q.tolist()
    for u, i, r in ratings:
        if not (0 <= u < len(users) and 0 <= i < len(items)):
            raise ValueError(f"id out of range in {(u, i, r)}")
        p, q = users[u], items[i]
        e = r - sum(map(mul, p, q))
        users[u] = [a + lr * (e * b - reg * a) for a, b in zip(p, q)]
        items[i] = [b + lr * (e * a - reg * b) for a, b in zip(p, q)]
    return (np.array(users, dtype=float).reshape(P.shape),
            np.array(items, dtype=float).reshape(Q.shape))
