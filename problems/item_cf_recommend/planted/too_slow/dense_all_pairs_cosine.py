import numpy as np


def item_cf_recommend(R, user, n):
    """Correct but naive: a dense copy of R (listeners x tracks) and the dense
    tracks x tracks cosine matrix of all pairs, O(listeners * tracks^2) time
    and O(tracks^2 + listeners * tracks) memory, however sparse R is."""
    if n < 0 or not 0 <= user < R.shape[0]:
        raise ValueError("bad n or user")
    dense = R.toarray().astype(float)
    norms = np.linalg.norm(dense, axis=0)
    norms[norms == 0] = 1.0  # an all-zero column stays zero
    unit = dense / norms
    similarity = unit.T @ unit
    mine = dense[user]
    scores = mine @ similarity
    scores[mine > 0] = 0
    candidates = np.flatnonzero(scores > 0)
    order = np.lexsort((candidates, -scores[candidates]))[:n]
    return candidates[order].tolist()
