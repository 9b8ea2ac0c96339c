def artist_spread(tracks):
    """Sorts the caller's list in place (by artist, to group it): mutates its input."""
    n = len(tracks)
    tracks.sort(key=lambda pair: pair[1])
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
