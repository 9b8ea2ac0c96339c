import numpy as np
from scipy.sparse import csr_matrix


def item_cf_recommend(R: csr_matrix, user: int, n: int) -> list[int]:
    """Item-based CF with two sparse mat-vecs, never an item x item matrix.

    Divide every column of R by its L2 norm (a column of zeros stays zero):
    call that N. Then sim(i, j) = N[:, i] . N[:, j], so the scores are
    r_u N^T N = N^T (N r_u): first w = N r_u (how much each listener overlaps
    with the user's plays, cosine-weighted), then N^T w. Each product touches
    every stored entry once: O(nnz + T) time and memory, against O(T^2) for
    the similarity matrix. Played tracks and scores of 0 are dropped and the
    rest sorted by (-score, id): O(c log c) for c candidates.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    listeners, tracks = R.shape
    if not 0 <= user < listeners:
        raise ValueError(f"user {user} is not a row of R (rows 0..{listeners - 1})")

    plays = R.data.astype(np.float64)  # a new array: R itself is never touched
    norms = np.sqrt(np.bincount(R.indices, weights=plays * plays, minlength=tracks))
    inverse = np.divide(1.0, norms, out=np.zeros(tracks), where=norms > 0)
    unit = csr_matrix((plays * inverse[R.indices], R.indices, R.indptr), shape=R.shape)

    mine = np.zeros(tracks)
    row = slice(R.indptr[user], R.indptr[user + 1])
    mine[R.indices[row]] = plays[row]
    scores = unit.T @ (unit @ mine)

    candidates = np.flatnonzero((scores > 0) & (mine == 0))  # a stored 0 is not a play
    best = np.lexsort((candidates, -scores[candidates]))[:n]
    return candidates[best].tolist()
