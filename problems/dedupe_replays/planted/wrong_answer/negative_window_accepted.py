def dedupe_replays(events, window_s):
    """Forgets to validate the window: a negative window_s is silently accepted."""
    last = {}
    kept = []
    for i, (ts, user, track) in enumerate(events):
        key = (user, track)
        if key in last and last[key] > ts - window_s:
            continue
        last[key] = ts
        kept.append(i)
    return kept
