def most_played_track(plays: list[str]) -> str:
    """Return the track id with the most plays.

    Ties go to the track whose first play is earliest in ``plays``.
    An empty list raises ValueError. ``plays`` must not be modified.
    """
    raise NotImplementedError
