def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Return the ids of the k most played tracks, most played first.

    Ties go to the smaller id (plain string order). When k exceeds the number
    of distinct tracks, return them all; k = 0 gives []. A negative k raises
    ValueError. ``plays`` must not be modified.
    """
    raise NotImplementedError
