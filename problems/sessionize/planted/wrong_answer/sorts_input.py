def sessionize(events, gap_s=1800):
    """Right ids, but calls events.sort() on the caller's list (after noting
    where each event was): the input is changed in place."""
    if gap_s < 0:
        raise ValueError("negative gap")
    positions = {}
    for i, event in enumerate(events):
        positions.setdefault(event, []).append(i)
    events.sort()
    ids = [0] * len(events)
    session = -1
    previous = None
    for user, ts in events:
        if previous is None or previous[0] != user or ts - previous[1] > gap_s:
            session += 1
        ids[positions[(user, ts)].pop()] = session
        previous = (user, ts)
    return ids
