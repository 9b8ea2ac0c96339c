def sessionize(events, gap_s=1800):
    """Appends the ids while walking the sorted order, so result[i] is the id of
    the i-th event in (user, ts) order, not of events[i]."""
    if gap_s < 0:
        raise ValueError("negative gap")
    ids = []
    session = -1
    previous = None
    for user, ts in sorted(events):
        if previous is None or previous[0] != user or ts - previous[1] > gap_s:
            session += 1
        ids.append(session)
        previous = (user, ts)
    return ids
