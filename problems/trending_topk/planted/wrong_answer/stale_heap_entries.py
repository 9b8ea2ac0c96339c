import heapq


def trending_topk(events, queries, window_s, k):
    """A lazy heap that only checks that a track is still in the window, not that
    the entry's count is its current one: a stale, higher count ranks the track
    too high (and the same track can be taken twice)."""
    if window_s < 0 or k < 0:
        raise ValueError("negative window_s or k")
    counts = {}
    heap = []
    lo = hi = 0
    answers = []
    for t in queries:
        while hi < len(events) and events[hi][0] <= t:
            track = events[hi][1]
            counts[track] = counts.get(track, 0) + 1
            heapq.heappush(heap, (-counts[track], track))
            hi += 1
        while lo < hi and events[lo][0] <= t - window_s:
            track = events[lo][1]
            counts[track] -= 1
            if counts[track] == 0:
                del counts[track]
            else:
                heapq.heappush(heap, (-counts[track], track))
            lo += 1
        top = []
        while heap and len(top) < k:
            entry = heapq.heappop(heap)
            if entry[1] in counts:
                top.append(entry)
        for entry in top:
            heapq.heappush(heap, entry)
        answers.append([track for _, track in top])
    return answers
