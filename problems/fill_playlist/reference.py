def fill_playlist(durations: list[int], target_s: int) -> list[int]:
    """0/1 subset-sum by dynamic programming over totals: reachable[s] says some
    set of the tracks seen so far lasts exactly s seconds. Each track updates
    the totals from high to low, so it is counted at most once. came_from[s]
    keeps the track that first reached s; the total s - durations[i] was
    reachable before track i, so walking back from the best total visits
    distinct tracks in decreasing order. O(n * target_s) time, O(target_s)
    memory (totals are capped at sum(durations))."""
    if target_s < 0:
        raise ValueError(f"target_s must be >= 0, got {target_s}")
    for d in durations:
        if d < 1:
            raise ValueError(f"durations must be positive, got {d}")
    cap = min(target_s, sum(durations))
    reachable = [False] * (cap + 1)
    reachable[0] = True
    came_from = [-1] * (cap + 1)
    for i, d in enumerate(durations):
        for s in range(cap, d - 1, -1):  # downwards: track i is used at most once
            if not reachable[s] and reachable[s - d]:
                reachable[s] = True
                came_from[s] = i
    best = cap
    while not reachable[best]:
        best -= 1
    chosen = []
    while best > 0:
        i = came_from[best]
        chosen.append(i)
        best -= durations[i]
    chosen.reverse()
    return chosen
