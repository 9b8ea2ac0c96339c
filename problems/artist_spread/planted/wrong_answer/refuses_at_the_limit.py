import heapq


def artist_spread(tracks):
    """Off by one at the limit: treats a biggest artist with exactly ceil(n/2)
    tracks as impossible (>= instead of >), so A B or A B A gets []."""
    by_artist = {}
    for pair in tracks:
        by_artist.setdefault(pair[1], []).append(pair)
    n = len(tracks)
    if not tracks or max(map(len, by_artist.values())) >= (n + 1) // 2:
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
