import heapq


def artist_spread(tracks):
    """Off by one in the bound: uses floor(n/2) instead of ceil(n/2), so an odd
    playlist whose biggest artist has exactly ceil(n/2) tracks (A B A) gets []."""
    by_artist = {}
    for pair in tracks:
        by_artist.setdefault(pair[1], []).append(pair)
    if not tracks or max(map(len, by_artist.values())) > len(tracks) // 2:
        return []
    groups = [group[::-1] for group in by_artist.values()]
    heap = [(-len(group), i) for i, group in enumerate(groups)]
    heapq.heapify(heap)
    spread = []
    held = None
    while heap:
        negative, i = heapq.heappop(heap) if held is None else heapq.heapreplace(heap, held)
        spread.append(groups[i].pop())
        held = (negative + 1, i) if negative < -1 else None
    return spread
