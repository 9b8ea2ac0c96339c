import heapq


def trending_topk(events, queries, window_s, k):
    """Forgets `lo += 1` when a play leaves the window: the first play to leave
    is removed again and again, forever."""
    if window_s < 0 or k < 0:
        raise ValueError("negative window_s or k")
    counts = {}
    lo = hi = 0
    answers = []
    for t in queries:
        while hi < len(events) and events[hi][0] <= t:
            counts[events[hi][1]] = counts.get(events[hi][1], 0) + 1
            hi += 1
        while lo < hi and events[lo][0] <= t - window_s:
            counts[events[lo][1]] -= 1
        positive = [(track, c) for track, c in counts.items() if c > 0]
        best = heapq.nsmallest(k, positive, key=lambda kv: (-kv[1], kv[0]))
        answers.append([track for track, _ in best])
    return answers
