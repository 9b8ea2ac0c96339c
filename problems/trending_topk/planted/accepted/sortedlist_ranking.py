from sortedcontainers import SortedList


def trending_topk(events, queries, window_s, k):
    """The library idiom: a sliding window with two pointers and a dict of counts,
    and a sortedcontainers.SortedList of (-count, track) kept in step (remove
    the old entry, add the new one at each change); a query reads its first k.
    O((n + q k) log u)."""
    if window_s < 0 or k < 0:
        raise ValueError("window_s and k must be >= 0")
    counts = {}
    ranking = SortedList()
    lo = hi = 0
    out = []
    for t in queries:
        while hi < len(events) and events[hi][0] <= t:
            track = events[hi][1]
            c = counts.get(track, 0)
            if c:
                ranking.remove((-c, track))
            counts[track] = c + 1
            ranking.add((-c - 1, track))
            hi += 1
        while lo < hi and events[lo][0] <= t - window_s:
            track = events[lo][1]
            c = counts[track]
            ranking.remove((-c, track))
            if c == 1:
                del counts[track]
            else:
                counts[track] = c - 1
                ranking.add((-c + 1, track))
            lo += 1
        out.append([track for _, track in ranking.islice(0, k)])
    return out
