def sessionize(events, gap_s=1800):
    """Finds the sessions right, but numbers them in the order their first event
    appears in the input list, not by (user, first timestamp)."""
    if gap_s < 0:
        raise ValueError("negative gap")
    order = sorted(range(len(events)), key=events.__getitem__)
    label = [0] * len(events)
    session = -1
    previous = None
    for i in order:
        user, ts = events[i]
        if previous is None or previous[0] != user or ts - previous[1] > gap_s:
            session += 1
        label[i] = session
        previous = events[i]
    renumber = {}
    for i in range(len(events)):
        renumber.setdefault(label[i], len(renumber))
    return [renumber[s] for s in label]
