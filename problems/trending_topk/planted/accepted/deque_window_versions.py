import heapq
from collections import deque


def trending_topk(events, queries, window_s, k):
    """The window as a deque of plays; heap entries carry a version number per
    track, and only an entry with the track's latest version is current."""
    if window_s < 0:
        raise ValueError("window_s must be >= 0")
    if k < 0:
        raise ValueError("k must be >= 0")
    window = deque()
    counts = {}
    version = {}
    heap = []
    i = 0
    result = []

    def touch(track, delta):
        counts[track] = counts.get(track, 0) + delta
        version[track] = version.get(track, 0) + 1
        if counts[track] == 0:
            del counts[track]
        else:
            heapq.heappush(heap, (-counts[track], track, version[track]))

    for t in queries:
        while i < len(events) and events[i][0] <= t:
            window.append(events[i])
            touch(events[i][1], +1)
            i += 1
        while window and window[0][0] <= t - window_s:
            touch(window.popleft()[1], -1)
        if len(heap) > 2 * len(counts) + 50:
            heap = [(-c, track, version[track]) for track, c in counts.items()]
            heapq.heapify(heap)
        top = []
        while heap and len(top) < k:
            neg, track, v = heapq.heappop(heap)
            if track in counts and version[track] == v:
                top.append((neg, track, v))
        for entry in top:
            heapq.heappush(heap, entry)
        result.append([track for _, track, _ in top])
    return result
