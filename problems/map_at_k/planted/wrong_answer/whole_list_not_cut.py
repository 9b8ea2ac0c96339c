def map_at_k(recs, relevant, k):
    """Forgets to cut the list at k: hits after slot k still add precision."""
    if k < 1:
        raise ValueError("k must be >= 1")
    total, users = 0.0, 0
    for user, played in relevant.items():
        if not played:
            continue
        found, ap = set(), 0.0
        for i, track in enumerate(recs.get(user, []), start=1):
            if track in played and track not in found:
                found.add(track)
                ap += len(found) / i
        total += ap / min(len(played), k)
        users += 1
    if users == 0:
        raise ValueError("no eligible listener")
    return total / users
