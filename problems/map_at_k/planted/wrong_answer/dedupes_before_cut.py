def map_at_k(recs, relevant, k):
    """Removes repeats from the whole list before taking k slots: a repeat no
    longer takes a slot, so later hits move up and tracks from beyond the first
    k slots get in."""
    if k < 1:
        raise ValueError("k must be >= 1")
    total, users = 0.0, 0
    for user, played in relevant.items():
        if not played:
            continue
        ranked = list(dict.fromkeys(recs.get(user, [])))[:k]
        hits, ap = 0, 0.0
        for i, track in enumerate(ranked, start=1):
            if track in played:
                hits += 1
                ap += hits / i
        total += ap / min(len(played), k)
        users += 1
    if users == 0:
        raise ValueError("no eligible listener")
    return total / users
