import numpy as np


def item_cf_recommend(R, user, n):
    """Uses the raw co-occurrence R^T R instead of the cosine: no division by
    the column norms, so tracks that are played a lot by everyone win."""
    if n < 0 or not 0 <= user < R.shape[0]:
        raise ValueError("bad n or user")
    counts = R.astype(float)
    mine = counts.getrow(user).toarray().ravel()
    scores = counts.T @ (counts @ mine)
    scores[mine > 0] = 0
    candidates = np.flatnonzero(scores > 0)
    order = np.lexsort((candidates, -scores[candidates]))[:n]
    return candidates[order].tolist()
