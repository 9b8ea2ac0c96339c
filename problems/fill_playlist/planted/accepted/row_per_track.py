def fill_playlist(durations, target_s):
    """Correct, a small constant factor slower than the reference: keeps a whole
    row of booleans per track (rows[i][s]: some of the first i tracks last
    exactly s seconds), then walks back from the last row: a track is taken
    when the total was not reachable without it."""
    if target_s < 0 or min(durations, default=1) < 1:
        raise ValueError("bad arguments")
    rows = [[True] + [False] * target_s]
    for d in durations:
        row = rows[-1][:]
        previous = rows[-1]
        for s in range(d, target_s + 1):
            if previous[s - d]:
                row[s] = True
        rows.append(row)
    total = max(s for s in range(target_s + 1) if rows[-1][s])
    chosen = []
    for i in range(len(durations), 0, -1):
        if not rows[i - 1][total]:
            chosen.append(i - 1)
            total -= durations[i - 1]
    return chosen[::-1]
