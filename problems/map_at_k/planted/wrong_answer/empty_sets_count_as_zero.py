def map_at_k(recs, relevant, k):
    """Keeps listeners with an empty set in the mean with AP 0 (guarding the
    division): they drag MAP down."""
    if k < 1:
        raise ValueError("k must be >= 1")
    if not relevant:
        raise ValueError("no listeners")
    total = 0.0
    for user, played in relevant.items():
        found, ap = set(), 0.0
        for i, track in enumerate(recs.get(user, [])[:k], start=1):
            if track in played and track not in found:
                found.add(track)
                ap += len(found) / i
        total += ap / min(len(played), k) if played else 0.0
    return total / len(relevant)
