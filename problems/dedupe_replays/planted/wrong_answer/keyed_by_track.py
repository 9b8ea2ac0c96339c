def dedupe_replays(events, window_s):
    """Keys by the track alone: one listener's play hides another listener's."""
    if window_s < 0:
        raise ValueError("negative window")
    last = {}
    kept = []
    for i, (ts, user, track) in enumerate(events):
        if track in last and last[track] > ts - window_s:
            continue
        last[track] = ts
        kept.append(i)
    return kept
