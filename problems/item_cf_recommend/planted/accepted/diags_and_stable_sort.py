import numpy as np
from scipy.sparse import diags


def item_cf_recommend(R, user, n):
    """Correct, in matrix-level scipy: norms from R.multiply(R), the columns scaled
    by a diagonal matrix, the same two products as the reference, and a stable
    argsort of -score over ascending ids (which keeps ties in id order)."""
    if n < 0:
        raise ValueError("negative n")
    if not 0 <= user < R.shape[0]:
        raise ValueError("no such user")
    counts = R.astype(np.float64)  # a copy: R stays as it is
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=0)).ravel())
    inverse = np.zeros_like(norms)
    inverse[norms > 0] = 1 / norms[norms > 0]
    unit = counts @ diags(inverse)
    mine = counts.getrow(user).toarray().ravel()
    scores = unit.T @ (unit @ mine)
    scores[mine > 0] = 0.0
    candidates = np.flatnonzero(scores > 0)
    order = np.argsort(-scores[candidates], kind="stable")
    return [int(t) for t in candidates[order[:n]]]
