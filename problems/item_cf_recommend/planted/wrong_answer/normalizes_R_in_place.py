import numpy as np


def item_cf_recommend(R, user, n):
    """Right answer, but it normalizes the columns by assigning a new array to
    R.data: the caller's matrix now holds cosines, not play counts."""
    if n < 0 or not 0 <= user < R.shape[0]:
        raise ValueError("bad n or user")
    mine = R.getrow(user).toarray().ravel().astype(float)
    plays = R.data.astype(float)
    norms = np.sqrt(np.bincount(R.indices, weights=plays**2, minlength=R.shape[1]))
    inverse = np.divide(1.0, norms, out=np.zeros(R.shape[1]), where=norms > 0)
    unit = R
    unit.data = plays * inverse[R.indices]
    scores = unit.T @ (unit @ mine)
    scores[mine > 0] = 0
    candidates = np.flatnonzero(scores > 0)
    order = np.lexsort((candidates, -scores[candidates]))[:n]
    return candidates[order].tolist()
