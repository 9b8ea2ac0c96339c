def dedupe_replays(events, window_s):
    """Scans back through the kept events of the window but forgets j -= 1: a
    kept event of another pair inside the window makes it loop forever."""
    if window_s < 0:
        raise ValueError("negative window")
    kept = []
    for i, (ts, user, track) in enumerate(events):
        replay = False
        j = len(kept) - 1
        while j >= 0 and events[kept[j]][0] > ts - window_s:
            if events[kept[j]][1:] == (user, track):
                replay = True
                break
        if not replay:
            kept.append(i)
    return kept
