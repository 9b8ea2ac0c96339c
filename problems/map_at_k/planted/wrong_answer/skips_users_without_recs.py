def map_at_k(recs, relevant, k):
    """Loops over recs instead of relevant: a listener who got no list is skipped
    instead of counting with AP 0."""
    if k < 1:
        raise ValueError("k must be >= 1")
    total, users = 0.0, 0
    for user, ranked in recs.items():
        played = relevant.get(user)
        if not played:
            continue
        found, ap = set(), 0.0
        for i, track in enumerate(ranked[:k], start=1):
            if track in played and track not in found:
                found.add(track)
                ap += len(found) / i
        total += ap / min(len(played), k)
        users += 1
    if users == 0:
        raise ValueError("no eligible listener")
    return total / users
