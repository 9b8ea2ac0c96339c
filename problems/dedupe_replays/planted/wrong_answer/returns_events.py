def dedupe_replays(events, window_s):
    """Returns the kept events themselves instead of their indices."""
    if window_s < 0:
        raise ValueError("negative window")
    last = {}
    kept = []
    for ts, user, track in events:
        key = (user, track)
        if key in last and last[key] > ts - window_s:
            continue
        last[key] = ts
        kept.append((ts, user, track))
    return kept
