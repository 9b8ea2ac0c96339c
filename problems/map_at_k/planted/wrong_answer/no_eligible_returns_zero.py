def map_at_k(recs, relevant, k):
    """Returns 0.0 when no listener has a non-empty set instead of raising
    ValueError (and never checks k: k = 0 also gives 0.0)."""
    total, users = 0.0, 0
    for user, played in relevant.items():
        if not played:
            continue
        found, ap = set(), 0.0
        for i, track in enumerate(recs.get(user, [])[:k], start=1):
            if track in played and track not in found:
                found.add(track)
                ap += len(found) / i
        total += ap / min(len(played), k) if k > 0 else 0.0
        users += 1
    return total / users if users else 0.0
