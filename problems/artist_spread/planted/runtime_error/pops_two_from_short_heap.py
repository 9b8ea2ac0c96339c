import heapq
from collections import Counter, deque


def artist_spread(tracks):
    """Pops the two biggest artists every round without checking that two are
    left: IndexError when one artist remains (an odd playlist, a single track)."""
    n = len(tracks)
    counts = Counter(artist for _, artist in tracks)
    if not counts or max(counts.values()) > (n + 1) // 2:
        return []
    queues = {}
    for pair in tracks:
        queues.setdefault(pair[1], deque()).append(pair)
    heap = [(-count, order, artist) for order, (artist, count) in enumerate(counts.items())]
    heapq.heapify(heap)
    result = []
    while heap:
        first = heapq.heappop(heap)
        second = heapq.heappop(heap)
        for negative, order, artist in (first, second):
            result.append(queues[artist].popleft())
            if negative < -1:
                heapq.heappush(heap, (negative + 1, order, artist))
    return result
