from scipy.sparse import csr_matrix


def item_cf_recommend(R: csr_matrix, user: int, n: int) -> list[int]:
    """Return up to n track ids (ints) to recommend to ``user``, best first.

    R is a users x tracks matrix of play counts (canonical CSR, values >= 0).
    sim(i, j) is the cosine between the columns i and j of R (0 when either is
    all zero); score(j) = sum over tracks i of R[user, i] * sim(i, j). Tracks
    the user played (stored value > 0) and tracks with score 0 are left out;
    the rest are ordered by score, highest first, ties by ascending id.
    n < 0 or a user outside 0..R.shape[0]-1 raises ValueError. Do not modify R.
    """
    raise NotImplementedError
