import heapq


def trending_topk(events, queries, window_s, k):
    """Counts plays as they enter the window but never takes them off when they
    leave: the shelf shows all-time counts since the first play."""
    if window_s < 0 or k < 0:
        raise ValueError("negative window_s or k")
    counts = {}
    hi = 0
    answers = []
    for t in queries:
        while hi < len(events) and events[hi][0] <= t:
            counts[events[hi][1]] = counts.get(events[hi][1], 0) + 1
            hi += 1
        best = heapq.nsmallest(k, counts.items(), key=lambda kv: (-kv[1], kv[0]))
        answers.append([track for track, _ in best])
    return answers
