def _exact(durations, total):
    """Indices of tracks adding up to exactly total, or None."""
    if total < 0:
        return None
    came_from = {0: None}
    for i, d in enumerate(durations):
        for s in sorted(came_from, reverse=True):
            if s + d <= total and s + d not in came_from:
                came_from[s + d] = i
    if total not in came_from:
        return None
    chosen = []
    while total:
        i = came_from[total]
        chosen.append(i)
        total -= durations[i]
    return sorted(chosen)


def fill_playlist(durations, target_s):
    """Looks for an exact fill of target_s, then target_s - 1, and so on, stopping
    at the first non-empty answer: when nothing fits, the exact answer for 0 is
    [] (falsy), so it goes on to -1, -2, ... forever."""
    if target_s < 0 or any(d < 1 for d in durations):
        raise ValueError("bad arguments")
    total = target_s
    while True:
        chosen = _exact(durations, total)
        if chosen:
            return chosen
        total -= 1
