import heapq
from collections import Counter, deque


def artist_spread(tracks):
    """Correct, a small constant factor slower than the reference: each round pops
    the two artists with the most tracks left and plays one track of each, then
    pushes both back (two pops and two pushes per two tracks, 3-tuples with the
    artist's name, a deque per artist). After a round the second artist never
    leads the next one (it had no more tracks than the first), so the two never
    touch; only one artist can be left at the end, with one track."""
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
    while len(heap) >= 2:
        first = heapq.heappop(heap)
        second = heapq.heappop(heap)
        for negative, order, artist in (first, second):
            result.append(queues[artist].popleft())
        for negative, order, artist in (first, second):
            if negative < -1:
                heapq.heappush(heap, (negative + 1, order, artist))
    if heap:
        result.append(queues[heap[0][2]].popleft())
    return result
