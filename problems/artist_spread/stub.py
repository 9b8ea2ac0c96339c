def artist_spread(tracks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return the (track_id, artist) pairs of ``tracks`` in an order where no two
    adjacent tracks are by the same artist; any such order is right.

    Duplicate pairs are separate tracks and each must appear as often as in the
    input. When no such order exists (some artist has more than ceil(n/2) of
    the n tracks), and for an empty list, return []. Do not modify ``tracks``.
    """
    raise NotImplementedError
