def dedupe_replays(events, window_s):
    """Uses >= at the window boundary: drops a play exactly window_s seconds
    after the kept one (and, with window 0, repeats at the same second)."""
    if window_s < 0:
        raise ValueError("negative window")
    last = {}
    kept = []
    for i, (ts, user, track) in enumerate(events):
        key = (user, track)
        if key in last and last[key] >= ts - window_s:
            continue
        last[key] = ts
        kept.append(i)
    return kept
