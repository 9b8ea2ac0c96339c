import heapq


def artist_spread(tracks):
    """Never checks whether an order exists: when the greedy gets stuck it appends
    the held artist's remaining tracks anyway, returning an invalid order
    (A B A A) instead of []."""
    by_artist = {}
    for pair in tracks:
        by_artist.setdefault(pair[1], []).append(pair)
    groups = [group[::-1] for group in by_artist.values()]
    heap = [(-len(group), i) for i, group in enumerate(groups)]
    heapq.heapify(heap)
    spread = []
    held = None
    while heap:
        negative, i = heapq.heappop(heap) if held is None else heapq.heapreplace(heap, held)
        spread.append(groups[i].pop())
        held = (negative + 1, i) if negative < -1 else None
    if held is not None:
        spread.extend(reversed(groups[held[1]]))
    return spread
