import heapq


def artist_spread(tracks):
    """Groups the tracks with a set per artist, so a pair queued twice is kept
    once: a duplicate track is lost (and the counts are wrong too)."""
    by_artist = {}
    for pair in tracks:
        by_artist.setdefault(pair[1], set()).add(pair)
    groups = [sorted(group) for group in by_artist.values()]
    n = sum(map(len, groups))
    if not n or max(map(len, groups)) > (n + 1) // 2:
        return []
    heap = [(-len(group), i) for i, group in enumerate(groups)]
    heapq.heapify(heap)
    spread = []
    held = None
    while heap:
        negative, i = heapq.heappop(heap) if held is None else heapq.heapreplace(heap, held)
        spread.append(groups[i].pop())
        held = (negative + 1, i) if negative < -1 else None
    return spread
