def fill_playlist(durations, target_s):
    """Checks target_s but not the durations: a duration of 0 (or below) is
    accepted silently instead of raising ValueError."""
    if target_s < 0:
        raise ValueError("target_s must be >= 0")
    reachable = [True] + [False] * target_s
    came_from = [-1] * (target_s + 1)
    for i, d in enumerate(durations):
        if d < 1:
            continue
        for s in range(target_s, d - 1, -1):
            if not reachable[s] and reachable[s - d]:
                reachable[s] = True
                came_from[s] = i
    s = max(t for t in range(target_s + 1) if reachable[t])
    chosen = []
    while s:
        chosen.append(came_from[s])
        s -= durations[came_from[s]]
    return sorted(chosen)
