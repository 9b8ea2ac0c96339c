import heapq
from bisect import bisect_right
from collections import Counter


def trending_topk(events, queries, window_s, k):
    """Correct but naive: finds the window with bisect, then recounts it with a
    Counter at every query: O(q * window size)."""
    if window_s < 0 or k < 0:
        raise ValueError("negative window_s or k")
    times = [ts for ts, _ in events]
    answers = []
    for t in queries:
        lo, hi = bisect_right(times, t - window_s), bisect_right(times, t)
        counts = Counter(track for _, track in events[lo:hi])
        best = heapq.nsmallest(k, counts.items(), key=lambda kv: (-kv[1], kv[0]))
        answers.append([track for track, _ in best])
    return answers
