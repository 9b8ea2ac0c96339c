def fill_playlist(durations: list[int], target_s: int) -> list[int]:
    """Return the indices, ascending, of tracks whose durations add up to the
    largest total that is <= target_s; each track is used at most once and any
    such set is right.

    durations[i] is the length of track i in seconds. A duration < 1 or a
    negative target_s raises ValueError. Do not modify ``durations``.
    """
    raise NotImplementedError
