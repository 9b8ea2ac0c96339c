def dedupe_replays(events, window_s):
    """Keys by the user alone: a listener's second track counts as a replay."""
    if window_s < 0:
        raise ValueError("negative window")
    last = {}
    kept = []
    for i, (ts, user, track) in enumerate(events):
        if user in last and last[user] > ts - window_s:
            continue
        last[user] = ts
        kept.append(i)
    return kept
