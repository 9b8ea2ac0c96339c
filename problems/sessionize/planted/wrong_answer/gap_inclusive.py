def sessionize(events, gap_s=1800):
    """Starts a new session when the gap is >= gap_s instead of strictly greater:
    a silence of exactly gap_s seconds splits the session (and gap_s = 0 splits
    even equal timestamps)."""
    if gap_s < 0:
        raise ValueError("negative gap")
    order = sorted(range(len(events)), key=events.__getitem__)
    ids = [0] * len(events)
    session = -1
    previous = None
    for i in order:
        user, ts = events[i]
        if previous is None or previous[0] != user or ts - previous[1] >= gap_s:
            session += 1
        ids[i] = session
        previous = events[i]
    return ids
