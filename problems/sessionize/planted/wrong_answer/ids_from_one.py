def sessionize(events, gap_s=1800):
    """Numbers the sessions 1, 2, 3, ... instead of starting at 0."""
    if gap_s < 0:
        raise ValueError("negative gap")
    order = sorted(range(len(events)), key=events.__getitem__)
    ids = [0] * len(events)
    session = 0
    previous = None
    for i in order:
        user, ts = events[i]
        if previous is None or previous[0] != user or ts - previous[1] > gap_s:
            session += 1
        ids[i] = session
        previous = events[i]
    return ids
