import heapq


def trending_topk(events, queries, window_s, k):
    """Lazy heap that gets a new (-count, track) entry at every single change
    (simpler than pushing once per query, a little slower), rebuilt when
    mostly stale."""
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
            if counts[track] == 1:
                del counts[track]
            else:
                counts[track] -= 1
                heapq.heappush(heap, (-counts[track], track))
            lo += 1
        if len(heap) > 3 * len(counts) + 100:
            heap = [(-c, track) for track, c in counts.items()]
            heapq.heapify(heap)
        taken = []
        while heap and len(taken) < k:
            entry = heapq.heappop(heap)
            if counts.get(entry[1]) == -entry[0] and entry[1] not in taken:
                taken.append(entry[1])
        for track in taken:
            heapq.heappush(heap, (-counts[track], track))
        answers.append(taken)
    return answers
