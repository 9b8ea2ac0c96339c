def sgd_mf_epoch(ratings, P, Q, lr, reg):
    """Right numbers, but trains the caller's P and Q in place and returns them:
    the inputs are modified."""
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P and Q must be 2-D with the same number of columns")
    for u, i, r in ratings:
        if not (0 <= u < len(P) and 0 <= i < len(Q)):
            raise ValueError("id out of range")
        p, q = P[u], Q[i]
        e = r - p @ q
        P[u], Q[i] = p + lr * (e * q - reg * p), q + lr * (e * p - reg * q)
    return P, Q
