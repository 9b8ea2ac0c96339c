from collections import defaultdict


def sessionize(events, gap_s=1800):
    """The straightforward one: a defaultdict(list) of each user's (ts, index),
    each list sorted, users visited in sorted order, a counter of sessions."""
    if gap_s < 0:
        raise ValueError("gap_s must be >= 0")
    per_user = defaultdict(list)
    for index, (user, ts) in enumerate(events):
        per_user[user].append((ts, index))
    out = [0] * len(events)
    session = 0
    for user in sorted(per_user):
        plays = sorted(per_user[user])
        last_ts = plays[0][0]
        for ts, index in plays:
            if ts - last_ts > gap_s:
                session += 1
            out[index] = session
            last_ts = ts
        session += 1
    return out
