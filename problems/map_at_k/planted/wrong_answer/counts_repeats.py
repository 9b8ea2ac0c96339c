def map_at_k(recs, relevant, k):
    """Counts a repeated track as a hit again at every position it appears:
    AP can exceed 1."""
    if k < 1:
        raise ValueError("k must be >= 1")
    total, users = 0.0, 0
    for user, played in relevant.items():
        if not played:
            continue
        hits, ap = 0, 0.0
        for i, track in enumerate(recs.get(user, [])[:k], start=1):
            if track in played:
                hits += 1
                ap += hits / i
        total += ap / min(len(played), k)
        users += 1
    if users == 0:
        raise ValueError("no eligible listener")
    return total / users
