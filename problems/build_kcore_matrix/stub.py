from scipy.sparse import csr_matrix


def build_kcore_matrix(events: list[tuple[str, str, int]], min_user: int,
                       min_item: int) -> tuple[csr_matrix, list[str], list[str]]:
    """Sum the plays of each (user, track), then repeatedly drop users with fewer than
    min_user distinct tracks and tracks with fewer than min_item distinct users until
    nothing changes.

    Return (matrix, users, tracks): the surviving users and tracks sorted by id, and
    a csr_matrix of int64 total plays, users x tracks (shape (0, 0) when nothing is
    left). plays <= 0 or a negative threshold raises ValueError; ``events`` must not
    be modified.
    """
    raise NotImplementedError
