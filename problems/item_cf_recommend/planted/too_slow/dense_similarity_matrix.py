import numpy as np
from scipy.sparse import diags


def item_cf_recommend(R, user, n):
    """Correct but naive: the similarity matrix N^T N is computed sparse, then
    made dense (tracks x tracks, 200 MB at 5,000 tracks) to take the user's
    row combination: O(tracks^2) however few tracks the user played."""
    if n < 0 or not 0 <= user < R.shape[0]:
        raise ValueError("bad n or user")
    counts = R.astype(float)
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=0)).ravel())
    inverse = np.zeros_like(norms)
    inverse[norms > 0] = 1 / norms[norms > 0]
    unit = counts @ diags(inverse)
    similarity = (unit.T @ unit).toarray()
    mine = counts.getrow(user).toarray().ravel()
    scores = mine @ similarity
    scores[mine > 0] = 0
    candidates = np.flatnonzero(scores > 0)
    order = np.lexsort((candidates, -scores[candidates]))[:n]
    return candidates[order].tolist()
