def map_at_k(recs, relevant, k):
    """Divides AP by k: a listener with fewer played tracks than k can never
    reach 1.0, even with a perfect list."""
    if k < 1:
        raise ValueError("k must be >= 1")
    total, users = 0.0, 0
    for user, played in relevant.items():
        if not played:
            continue
        found, ap = set(), 0.0
        for i, track in enumerate(recs.get(user, [])[:k], start=1):
            if track in played and track not in found:
                found.add(track)
                ap += len(found) / i
        total += ap / k
        users += 1
    if users == 0:
        raise ValueError("no eligible listener")
    return total / users
