import heapq


def trending_topk(events, queries, window_s, k):
    """Moves the entering pointer with `while events[hi][0] <= t` and no
    `hi < len(events)` check: IndexError once every play has entered."""
    if window_s < 0 or k < 0:
        raise ValueError("negative window_s or k")
    counts = {}
    lo = hi = 0
    answers = []
    for t in queries:
        while events[hi][0] <= t:
            counts[events[hi][1]] = counts.get(events[hi][1], 0) + 1
            hi += 1
        while lo < hi and events[lo][0] <= t - window_s:
            counts[events[lo][1]] -= 1
            if counts[events[lo][1]] == 0:
                del counts[events[lo][1]]
            lo += 1
        best = heapq.nsmallest(k, counts.items(), key=lambda kv: (-kv[1], kv[0]))
        answers.append([track for track, _ in best])
    return answers
