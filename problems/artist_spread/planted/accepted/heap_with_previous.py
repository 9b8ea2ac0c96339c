import heapq
from collections import Counter, defaultdict


def artist_spread(tracks):
    """The textbook "reorganize string" greedy (LeetCode 767's editorial): a
    max-heap of (-count, artist); pop the artist with the most tracks left,
    play one, and push back the artist played the turn before. O(n log a)."""
    if not tracks:
        return []
    counts = Counter(artist for _, artist in tracks)
    if max(counts.values()) > (len(tracks) + 1) // 2:
        return []
    pending = defaultdict(list)
    for pair in reversed(tracks):
        pending[pair[1]].append(pair)
    heap = [(-count, artist) for artist, count in counts.items()]
    heapq.heapify(heap)
    result = []
    previous = None
    while heap:
        count, artist = heapq.heappop(heap)
        result.append(pending[artist].pop())
        if previous is not None:
            heapq.heappush(heap, previous)
        previous = (count + 1, artist) if count + 1 < 0 else None
    return result
