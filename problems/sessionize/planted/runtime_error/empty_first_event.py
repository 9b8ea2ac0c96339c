def sessionize(events, gap_s=1800):
    """Seeds the walk with the first event of the sorted order: IndexError when
    events is empty."""
    if gap_s < 0:
        raise ValueError("negative gap")
    order = sorted(range(len(events)), key=events.__getitem__)
    ids = [0] * len(events)
    session = 0
    prev_user, prev_ts = events[order[0]]
    for i in order:
        user, ts = events[i]
        if user != prev_user or ts - prev_ts > gap_s:
            session += 1
        ids[i] = session
        prev_user, prev_ts = user, ts
    return ids
