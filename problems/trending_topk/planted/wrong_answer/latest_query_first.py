import heapq


def trending_topk(events, queries, window_s, k):
    """Slides the window backwards from the end of the log (latest query first,
    older plays entering on the left, newer ones leaving on the right) and
    forgets to reverse the answers: they come out in reverse query order."""
    if window_s < 0 or k < 0:
        raise ValueError("negative window_s or k")
    counts = {}
    lo = hi = len(events)  # events[lo:hi] is the window
    answers = []
    for t in reversed(queries):
        while lo > 0 and events[lo - 1][0] > t - window_s:
            lo -= 1
            counts[events[lo][1]] = counts.get(events[lo][1], 0) + 1
        while hi > lo and events[hi - 1][0] > t:
            hi -= 1
            track = events[hi][1]
            counts[track] -= 1
            if counts[track] == 0:
                del counts[track]
        best = heapq.nsmallest(k, counts.items(), key=lambda kv: (-kv[1], kv[0]))
        answers.append([track for track, _ in best])
    return answers
