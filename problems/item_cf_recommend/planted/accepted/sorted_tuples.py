import numpy as np
from scipy.sparse import csr_matrix


def item_cf_recommend(R, user, n):
    """Correct, another way: the same two sparse products as the reference, built
    from the transpose (R^T as its own CSR matrix: tracks x listeners), and the
    candidates ranked in plain Python with sort() on (-score, id) pairs."""
    if n < 0 or not 0 <= user < R.shape[0]:
        raise ValueError("bad n or user")
    by_track = R.T.tocsr()  # a new matrix
    plays = by_track.data.astype(float)
    lengths = np.diff(by_track.indptr)
    owner = np.repeat(np.arange(R.shape[1]), lengths)  # the track of each stored play
    norms = np.sqrt(np.bincount(owner, weights=plays**2, minlength=R.shape[1]))
    scale = np.divide(1.0, norms, out=np.zeros(R.shape[1]), where=norms > 0)
    unit_t = csr_matrix((plays * np.repeat(scale, lengths), by_track.indices, by_track.indptr),
                        shape=by_track.shape)
    mine = R.getrow(user).toarray().ravel().astype(float)
    scores = unit_t @ (unit_t.T @ mine)  # per listener, then per track
    pairs = [(-s, t) for t, s in enumerate(scores.tolist()) if s > 0 and mine[t] == 0]
    pairs.sort()
    return [t for _, t in pairs[:n]]
