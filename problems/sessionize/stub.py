def sessionize(events: list[tuple[str, int]], gap_s: int = 1800) -> list[int]:
    """Return the session id of every event, in the order of ``events``.

    events are (user, ts) pairs in any order. A user's events, in time order,
    stay in one session while the gap between neighbours is <= gap_s; a gap
    strictly greater than gap_s starts a new session. Session ids are 0, 1, 2,
    ... numbered by (user, first timestamp of the session). A negative gap_s
    raises ValueError. ``events`` must not be modified.
    """
    raise NotImplementedError
