def map_at_k(recs, relevant, k):
    """Divides AP by the number of hits found (0 when there are none): one lucky
    hit in slot 1 scores 1.0 however many played tracks were missed."""
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
        total += ap / len(found) if found else 0.0
        users += 1
    if users == 0:
        raise ValueError("no eligible listener")
    return total / users
