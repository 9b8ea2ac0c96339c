import numpy as np


def sgd_mf_epoch(ratings: list[tuple[int, int, float]], P: np.ndarray, Q: np.ndarray,
                 lr: float, reg: float) -> tuple[np.ndarray, np.ndarray]:
    """One pass of stochastic gradient descent over the ratings, in their order.

    The loss is sum over ratings of (r - p_u . q_i)^2 + reg (|p_u|^2 + |q_i|^2);
    each rating takes one gradient step on its own term, which touches only
    the row p_u of P and the row q_i of Q. Both steps are the gradient at the
    SAME point (p_u, q_i), so q_i's step uses the old p_u: the tuple
    assignment below computes both right-hand sides before it stores either.
    Working on copies leaves the caller's arrays as they were.

    O(N f) for N ratings and f factors: O(f) numpy work per rating, plus
    O((U + I) f) for the two copies.
    """
    P = np.array(P, dtype=float)  # a fresh copy: never update the caller's arrays
    Q = np.array(Q, dtype=float)
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError(f"P and Q must be 2-D with the same number of columns,"
                         f" got shapes {P.shape} and {Q.shape}")
    n_users, n_items = len(P), len(Q)
    for u, i, r in ratings:
        if not (0 <= u < n_users and 0 <= i < n_items):
            raise ValueError(f"rating {(u, i, r)}: ids must be in 0..{n_users - 1} (listeners)"
                             f" and 0..{n_items - 1} (tracks)")
        p, q = P[u], Q[i]  # views: read before either row is written
        e = r - p @ q
        P[u], Q[i] = p + lr * (e * q - reg * p), q + lr * (e * p - reg * q)
    return P, Q
