def dedupe_replays(events, window_s):
    """Correct but naive: for every event, scans back through the kept events
    that are still inside the window looking for the same pair. O(n * w),
    where w is the number of kept events in a window: quadratic when the
    window holds a fixed share of the stream."""
    if window_s < 0:
        raise ValueError("negative window")
    kept = []
    for i, (ts, user, track) in enumerate(events):
        replay = False
        j = len(kept) - 1
        while j >= 0 and events[kept[j]][0] > ts - window_s:
            if events[kept[j]][1] == user and events[kept[j]][2] == track:
                replay = True
                break
            j -= 1
        if not replay:
            kept.append(i)
    return kept
