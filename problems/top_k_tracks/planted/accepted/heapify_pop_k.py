import heapq
from collections import Counter


def top_k_tracks(plays, k):
    """The heap idiom: a heap of (-count, id) over every distinct track built
    with heapify (O(u)), then k pops. O(n + u + k log u)."""
    if k < 0:
        raise ValueError("k must be non-negative")
    heap = [(-count, track) for track, count in Counter(plays).items()]
    heapq.heapify(heap)
    return [heapq.heappop(heap)[1] for _ in range(min(k, len(heap)))]
