import numpy as np


def item_cf_recommend(R, user, n):
    """Normalizes the dense columns without guarding the all-zero ones: a track
    nobody played gives 0 / 0 = nan, and the nan spreads into every score
    through the user's row, so nothing has a score > 0."""
    if n < 0 or not 0 <= user < R.shape[0]:
        raise ValueError("bad n or user")
    dense = R.toarray().astype(float)
    unit = dense / np.linalg.norm(dense, axis=0)
    scores = unit.T @ (unit @ dense[user])
    scores[dense[user] > 0] = 0
    candidates = np.flatnonzero(scores > 0)
    order = np.lexsort((candidates, -scores[candidates]))[:n]
    return candidates[order].tolist()
