def dedupe_replays(events, window_s):
    """Compares with the last SEEN play of the pair, kept or not: a burst of
    replays keeps extending the window."""
    if window_s < 0:
        raise ValueError("negative window")
    last = {}
    kept = []
    for i, (ts, user, track) in enumerate(events):
        key = (user, track)
        if key not in last or last[key] <= ts - window_s:
            kept.append(i)
        last[key] = ts
    return kept
