import numpy as np
from scipy.sparse import diags


def item_cf_recommend(R, user, n):
    """User-based instead of item-based: the cosine between listeners (rows),
    then each track scored by the plays of the similar listeners."""
    if n < 0 or not 0 <= user < R.shape[0]:
        raise ValueError("bad n or user")
    counts = R.astype(float)
    lengths = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    inverse = np.zeros_like(lengths)
    inverse[lengths > 0] = 1 / lengths[lengths > 0]
    unit = diags(inverse) @ counts
    similarity = unit @ unit.getrow(user).toarray().ravel()
    similarity[user] = 0
    scores = counts.T @ similarity
    mine = counts.getrow(user).toarray().ravel()
    scores[mine > 0] = 0
    candidates = np.flatnonzero(scores > 0)
    order = np.lexsort((candidates, -scores[candidates]))[:n]
    return candidates[order].tolist()
