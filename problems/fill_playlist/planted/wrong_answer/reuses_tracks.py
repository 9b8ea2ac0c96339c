def fill_playlist(durations, target_s):
    """Updates the totals from low to high, so a track can be added again on top
    of itself (the unbounded knapsack): [4] with 12 s plays track 0 three times."""
    if target_s < 0 or any(d < 1 for d in durations):
        raise ValueError("bad arguments")
    reachable = [True] + [False] * target_s
    came_from = [-1] * (target_s + 1)
    for i, d in enumerate(durations):
        for s in range(d, target_s + 1):
            if not reachable[s] and reachable[s - d]:
                reachable[s] = True
                came_from[s] = i
    s = max(t for t in range(target_s + 1) if reachable[t])
    chosen = []
    while s:
        chosen.append(came_from[s])
        s -= durations[came_from[s]]
    return sorted(chosen)
