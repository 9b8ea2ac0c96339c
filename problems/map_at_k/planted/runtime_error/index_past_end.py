def map_at_k(recs, relevant, k):
    """Loops i over range(k) and reads ranked[i]: IndexError when a list is
    shorter than k."""
    if k < 1:
        raise ValueError("k must be >= 1")
    total, users = 0.0, 0
    for user, played in relevant.items():
        if not played:
            continue
        ranked = recs.get(user, [])
        found, ap = set(), 0.0
        for i in range(k):
            track = ranked[i]
            if track in played and track not in found:
                found.add(track)
                ap += len(found) / (i + 1)
        total += ap / min(len(played), k)
        users += 1
    if users == 0:
        raise ValueError("no eligible listener")
    return total / users
