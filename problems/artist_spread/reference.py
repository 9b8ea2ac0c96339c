import heapq


def artist_spread(tracks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Greedy with a max-heap of remaining counts: always play the artist with the
    most tracks left, except the one just played, who sits out one turn (held
    back, then pushed again). Playing the biggest artist first keeps its count
    within ceil(rest / 2), so when the largest count is <= ceil(n/2) the greedy
    never gets stuck; when it is larger, two of its tracks must touch
    (pigeonhole), so the answer is []. Ties go to the artist seen first.
    O(n log a) time for a distinct artists, O(n) memory."""
    by_artist: dict[str, list[tuple[str, str]]] = {}
    for pair in tracks:
        by_artist.setdefault(pair[1], []).append(pair)
    if not tracks or max(map(len, by_artist.values())) > (len(tracks) + 1) // 2:
        return []
    groups = [group[::-1] for group in by_artist.values()]  # pop() gives input order
    heap = [(-len(group), i) for i, group in enumerate(groups)]
    heapq.heapify(heap)
    spread: list[tuple[str, str]] = []
    held = None  # (-remaining, artist index) of the artist just played
    while heap:
        # heapreplace pops the top, then lets the held artist back in
        negative, i = heapq.heappop(heap) if held is None else heapq.heapreplace(heap, held)
        spread.append(groups[i].pop())
        held = (negative + 1, i) if negative < -1 else None
    return spread
