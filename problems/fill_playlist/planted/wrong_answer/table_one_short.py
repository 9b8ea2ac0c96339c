def fill_playlist(durations, target_s):
    """Off by one: the table has target_s entries (totals 0..target_s-1), so a set
    that fills target_s exactly is never found."""
    if target_s < 0 or any(d < 1 for d in durations):
        raise ValueError("bad arguments")
    if target_s == 0:
        return []
    reachable = [True] + [False] * (target_s - 1)
    came_from = [-1] * target_s
    for i, d in enumerate(durations):
        for s in range(target_s - 1, d - 1, -1):
            if not reachable[s] and reachable[s - d]:
                reachable[s] = True
                came_from[s] = i
    s = max(t for t in range(target_s) if reachable[t])
    chosen = []
    while s:
        chosen.append(came_from[s])
        s -= durations[came_from[s]]
    return sorted(chosen)
