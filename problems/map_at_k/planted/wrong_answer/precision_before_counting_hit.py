def map_at_k(recs, relevant, k):
    """Adds the precision before counting the new hit (hits / i with the old
    count): the first hit always adds 0."""
    if k < 1:
        raise ValueError("k must be >= 1")
    total, users = 0.0, 0
    for user, played in relevant.items():
        if not played:
            continue
        found, ap = set(), 0.0
        for i, track in enumerate(recs.get(user, [])[:k], start=1):
            if track in played and track not in found:
                ap += len(found) / i
                found.add(track)
        total += ap / min(len(played), k)
        users += 1
    if users == 0:
        raise ValueError("no eligible listener")
    return total / users
