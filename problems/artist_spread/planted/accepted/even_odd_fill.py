def artist_spread(tracks):
    """Correct, and a different order than the heap greedy: sort the artists by
    count, biggest first, and deal their tracks into positions 0, 2, 4, ... and
    then 1, 3, 5, ... The biggest artist fills even slots from the start, so it
    never touches itself; every other artist has at most ceil(n/2) tracks and
    its run of slots cannot wrap around onto a neighbour. O(n + a log a)."""
    n = len(tracks)
    by_artist = {}
    for pair in tracks:
        by_artist.setdefault(pair[1], []).append(pair)
    groups = sorted(by_artist.values(), key=len, reverse=True)
    if not groups or len(groups[0]) > (n + 1) // 2:
        return []
    result = [None] * n
    slots = list(range(0, n, 2)) + list(range(1, n, 2))
    k = 0
    for group in groups:
        for pair in group:
            result[slots[k]] = pair
            k += 1
    return result
