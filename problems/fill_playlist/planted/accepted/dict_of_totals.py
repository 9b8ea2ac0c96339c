def fill_playlist(durations, target_s):
    """Correct, a small constant factor slower than the reference: the reachable
    totals are the keys of a dict that maps each total to the track that first
    reached it. Each track extends a snapshot of the keys (list(...)), so it
    is added at most once."""
    if target_s < 0:
        raise ValueError("target_s must be >= 0")
    if any(d < 1 for d in durations):
        raise ValueError("durations must be positive")
    came_from = {0: -1}
    for i, d in enumerate(durations):
        for total in list(came_from):
            longer = total + d
            if longer <= target_s and longer not in came_from:
                came_from[longer] = i
    total = max(came_from)
    chosen = []
    while total:
        i = came_from[total]
        chosen.append(i)
        total -= durations[i]
    return sorted(chosen)
