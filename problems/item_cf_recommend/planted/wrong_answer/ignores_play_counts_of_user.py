import numpy as np
from scipy.sparse import csr_matrix


def item_cf_recommend(R, user, n):
    """Sums the similarities to the user's tracks without weighting them by the
    user's play counts (binarizes the user's row)."""
    if n < 0 or not 0 <= user < R.shape[0]:
        raise ValueError("bad n or user")
    plays = R.data.astype(float)
    norms = np.sqrt(np.bincount(R.indices, weights=plays**2, minlength=R.shape[1]))
    inverse = np.divide(1.0, norms, out=np.zeros(R.shape[1]), where=norms > 0)
    unit = csr_matrix((plays * inverse[R.indices], R.indices, R.indptr), shape=R.shape)
    played = R.getrow(user).toarray().ravel() > 0
    scores = unit.T @ (unit @ played.astype(float))
    scores[played] = 0
    candidates = np.flatnonzero(scores > 0)
    order = np.lexsort((candidates, -scores[candidates]))[:n]
    return candidates[order].tolist()
