def dedupe_replays(events, window_s):
    """The straightforward version: an index loop and a dict from the
    (user, track) pair to the time of its last kept play. O(n)."""
    if window_s < 0:
        raise ValueError("window_s must be >= 0")
    last_kept = {}
    result = []
    for i in range(len(events)):
        ts, user, track = events[i]
        pair = (user, track)
        if pair not in last_kept or ts - last_kept[pair] >= window_s:
            last_kept[pair] = ts
            result.append(i)
    return result
