def artist_spread(tracks):
    """Deals tracks into positions 0, 2, 4, ... then 1, 3, 5, ..., but artist by
    artist in the input's order, without putting the biggest artist first: for
    B A A it builds B A A."""
    n = len(tracks)
    by_artist = {}
    for pair in tracks:
        by_artist.setdefault(pair[1], []).append(pair)
    if not by_artist or max(map(len, by_artist.values())) > (n + 1) // 2:
        return []
    result = [None] * n
    slots = list(range(0, n, 2)) + list(range(1, n, 2))
    k = 0
    for group in by_artist.values():
        for pair in group:
            result[slots[k]] = pair
            k += 1
    return result
