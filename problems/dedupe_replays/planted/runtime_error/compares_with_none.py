def dedupe_replays(events, window_s):
    """Reads the last kept time with dict.get and compares it without checking
    for None: TypeError on the first play of a pair that is not the first event."""
    if window_s < 0:
        raise ValueError("negative window")
    last = {}
    kept = []
    for i, (ts, user, track) in enumerate(events):
        key = (user, track)
        if i > 0 and last.get(key) > ts - window_s:
            continue
        last[key] = ts
        kept.append(i)
    return kept
