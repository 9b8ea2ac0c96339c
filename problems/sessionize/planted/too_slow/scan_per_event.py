def sessionize(events, gap_s=1800):
    """Correct but naive: for every event, scans all events to find the same
    user's previous event in time (O(n) each, O(n^2) in all); then follows
    those links back to each session's first event."""
    if gap_s < 0:
        raise ValueError("negative gap")
    n = len(events)
    previous = []
    for i in range(n):
        user, ts = events[i]
        best = None
        for j in range(n):
            other_user, other_ts = events[j]
            if other_user == user and (other_ts, j) < (ts, i):
                if best is None or (other_ts, j) > (events[best][1], best):
                    best = j
        previous.append(best)
    starts = [i for i in range(n)
              if previous[i] is None or events[i][1] - events[previous[i]][1] > gap_s]
    starts.sort(key=lambda i: events[i])
    start_id = {i: s for s, i in enumerate(starts)}
    ids = []
    for i in range(n):
        j = i
        while j not in start_id:
            j = previous[j]
        ids.append(start_id[j])
    return ids
