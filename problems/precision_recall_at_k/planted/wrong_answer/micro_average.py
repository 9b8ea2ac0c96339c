def precision_recall_at_k(recs, relevant, k):
    """Micro average: pools the hits and the played sets of all listeners, so
    recall = sum(hits) / sum(|set|) and listeners with many plays dominate."""
    if k < 1:
        raise ValueError("k must be >= 1")
    hits = slots = played_total = 0
    for user, played in relevant.items():
        if not played:
            continue
        hits += len(set(recs.get(user, [])[:k]) & played)
        slots += k
        played_total += len(played)
    if slots == 0:
        raise ValueError("no eligible user")
    return hits / slots, hits / played_total
