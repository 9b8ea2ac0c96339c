def sgd_mf_epoch(ratings, P, Q, lr, reg):
    """Correct, O(N f) like the reference, but written like surprise's Cython
    loop in plain Python: every factor read and written as a numpy scalar
    (P[u, k]), about 6x slower than a few vector operations per rating."""
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P and Q must be 2-D with the same number of columns")
    P, Q = P.copy(), Q.copy()
    f = P.shape[1]
    for u, i, r in ratings:
        if not (0 <= u < len(P) and 0 <= i < len(Q)):
            raise ValueError("id out of range")
        e = r - sum(P[u, k] * Q[i, k] for k in range(f))
        for k in range(f):
            puf, qif = P[u, k], Q[i, k]
            P[u, k] += lr * (e * qif - reg * puf)
            Q[i, k] += lr * (e * puf - reg * qif)
    return P, Q
