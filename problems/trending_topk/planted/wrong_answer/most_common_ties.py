from bisect import bisect_right
from collections import Counter


def trending_topk(events, queries, window_s, k):
    """Counter(window).most_common(k): ties go to the track played first in the
    window, not to the smaller id."""
    if window_s < 0 or k < 0:
        raise ValueError("negative window_s or k")
    times = [ts for ts, _ in events]
    answers = []
    for t in queries:
        lo, hi = bisect_right(times, t - window_s), bisect_right(times, t)
        window = Counter(track for _, track in events[lo:hi])
        answers.append([track for track, _ in window.most_common(k)])
    return answers

