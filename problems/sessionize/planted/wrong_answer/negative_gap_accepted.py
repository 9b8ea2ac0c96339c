def sessionize(events, gap_s=1800):
    """Forgets to reject a negative gap_s: returns an answer instead of raising ValueError."""
    order = sorted(range(len(events)), key=events.__getitem__)
    ids = [0] * len(events)
    session = -1
    previous = None
    for i in order:
        user, ts = events[i]
        if previous is None or previous[0] != user or ts - previous[1] > gap_s:
            session += 1
        ids[i] = session
        previous = events[i]
    return ids
