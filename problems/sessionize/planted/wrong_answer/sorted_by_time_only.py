def sessionize(events, gap_s=1800):
    """Sorts the events by timestamp only and keeps each user's last time in a
    dict: the sessions are right, but they are numbered by start time across
    all users, not by (user, first timestamp)."""
    if gap_s < 0:
        raise ValueError("negative gap")
    order = sorted(range(len(events)), key=lambda i: events[i][1])
    last_time = {}
    current = {}
    ids = [0] * len(events)
    next_id = 0
    for i in order:
        user, ts = events[i]
        if user not in last_time or ts - last_time[user] > gap_s:
            current[user] = next_id
            next_id += 1
        ids[i] = current[user]
        last_time[user] = ts
    return ids
