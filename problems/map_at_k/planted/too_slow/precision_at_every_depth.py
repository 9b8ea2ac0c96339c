def precision_at(ranked, played, i):
    """Precision@i, the helper from the precision@k question: distinct hits in
    the first i slots, over i."""
    return len(set(ranked[:i]) & played) / i


def map_at_k(recs, relevant, k):
    """Correct but naive: calls precision_at(ranked, played, i) at every depth i,
    a slice and a set of i tracks each time: O(k^2) per listener instead of O(k)."""
    if k < 1:
        raise ValueError("k must be >= 1")
    total, users = 0.0, 0
    for user, played in relevant.items():
        if not played:
            continue
        ranked = recs.get(user, [])[:k]
        ap = 0.0
        for i in range(1, len(ranked) + 1):
            p = precision_at(ranked, played, i)
            track = ranked[i - 1]
            if track in played and track not in ranked[:i - 1]:
                ap += p
        total += ap / min(len(played), k)
        users += 1
    if users == 0:
        raise ValueError("no eligible listener")
    return total / users
