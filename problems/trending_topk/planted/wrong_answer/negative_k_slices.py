def trending_topk(events, queries, window_s, k):
    """Checks window_s but not k: a negative k slices [:k] quietly instead of
    raising ValueError."""
    if window_s < 0:
        raise ValueError("negative window_s")
    counts = {}
    lo = hi = 0
    answers = []
    for t in queries:
        while hi < len(events) and events[hi][0] <= t:
            counts[events[hi][1]] = counts.get(events[hi][1], 0) + 1
            hi += 1
        while lo < hi and events[lo][0] <= t - window_s:
            track = events[lo][1]
            counts[track] -= 1
            if counts[track] == 0:
                del counts[track]
            lo += 1
        answers.append(sorted(counts, key=lambda tr: (-counts[tr], tr))[:k])
    return answers
