import numpy as np


def sgd_mf_epoch(ratings: list[tuple[int, int, float]], P: np.ndarray, Q: np.ndarray,
                 lr: float, reg: float) -> tuple[np.ndarray, np.ndarray]:
    """Run one epoch of SGD matrix factorization; return the new (P, Q).

    ratings are (user, item, rating) rows, processed in the given order. For
    each: e = r - P[u] . Q[i]; then, at once (both from the old rows),
    P[u] += lr * (e * Q[i] - reg * P[u]) and Q[i] += lr * (e * P[u] - reg * Q[i]).
    Return NEW float arrays as a tuple (P_new, Q_new); do not modify P or Q.
    An id outside the rows of P or Q, or P and Q with different numbers of
    columns, raises ValueError.
    """
    raise NotImplementedError
