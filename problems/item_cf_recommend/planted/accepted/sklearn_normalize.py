import numpy as np
from sklearn.preprocessing import normalize


def item_cf_recommend(R, user, n):
    """The library idiom: sklearn.preprocessing.normalize(R, axis=0) makes
    unit columns (a zero column stays zero), then the user's scores are
    R_user N^T N computed as two sparse products, and the ranking a lexsort
    by (-score, id). O(nnz)."""
    if n < 0:
        raise ValueError("n must be >= 0")
    if not 0 <= user < R.shape[0]:
        raise ValueError("user is not a row of R")
    unit = normalize(R.astype(np.float64), norm="l2", axis=0)
    mine = R[user].toarray().ravel().astype(np.float64)
    scores = unit.T @ (unit @ mine)
    candidates = np.flatnonzero((scores > 0) & (mine <= 0))
    order = np.lexsort((candidates, -scores[candidates]))
    return [int(t) for t in candidates[order[:n]]]
