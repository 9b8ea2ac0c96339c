import heapq


def trending_topk(events, queries, window_s, k):
    """Off by one at the new end: a play enters only when ts < t, so plays at
    the query's own second are missing."""
    if window_s < 0 or k < 0:
        raise ValueError("negative window_s or k")
    counts = {}
    lo = hi = 0
    answers = []
    for t in queries:
        while hi < len(events) and events[hi][0] < t:
            counts[events[hi][1]] = counts.get(events[hi][1], 0) + 1
            hi += 1
        while lo < hi and events[lo][0] <= t - window_s:
            track = events[lo][1]
            counts[track] -= 1
            if counts[track] == 0:
                del counts[track]
            lo += 1
        best = heapq.nsmallest(k, counts.items(), key=lambda kv: (-kv[1], kv[0]))
        answers.append([track for track, _ in best])
    return answers
