def map_at_k(recs, relevant, k):
    """Correct but naive: for every slot, counts the distinct hits of the slots
    up to it again in a nested loop: O(k^2) per listener instead of O(k)."""
    if k < 1:
        raise ValueError("k must be >= 1")
    total, users = 0.0, 0
    for user, played in relevant.items():
        if not played:
            continue
        ranked = recs.get(user, [])[:k]
        ap = 0.0
        for i in range(len(ranked)):
            seen = set()
            for track in ranked[:i + 1]:
                if track in played:
                    seen.add(track)
            if ranked[i] in played and ranked[i] not in ranked[:i]:
                ap += len(seen) / (i + 1)
        total += ap / min(len(played), k)
        users += 1
    if users == 0:
        raise ValueError("no eligible listener")
    return total / users
