def dedupe_replays(events, window_s):
    """Correct: a dict per user of {track: last kept ts}, and the equivalent
    test ts - last < window_s."""
    if window_s < 0:
        raise ValueError("negative window")
    last = {}
    out = []
    for i, (ts, user, track) in enumerate(events):
        tracks = last.setdefault(user, {})
        if track in tracks and ts - tracks[track] < window_s:
            continue
        tracks[track] = ts
        out.append(i)
    return out
