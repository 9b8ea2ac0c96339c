def sessionize(events, gap_s=1800):
    """Walks the events in input order with each user's last time in a dict, as
    if the log were sorted by time: on an unsorted log the gaps are measured
    between the wrong neighbours. (The numbering by (user, first ts) is right.)"""
    if gap_s < 0:
        raise ValueError("negative gap")
    last_time = {}
    current = {}
    starts = []
    label = []
    for user, ts in events:
        if user not in last_time or ts - last_time[user] > gap_s:
            current[user] = len(starts)
            starts.append((user, ts))
        label.append(current[user])
        last_time[user] = ts
    rank = {s: r for r, s in enumerate(sorted(range(len(starts)), key=starts.__getitem__))}
    return [rank[s] for s in label]
