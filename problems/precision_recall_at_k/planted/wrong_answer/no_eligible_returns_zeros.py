def precision_recall_at_k(recs, relevant, k):
    """Returns (0.0, 0.0) when no listener has a non-empty set instead of raising
    ValueError: an empty evaluation silently reads as a terrible model."""
    if k < 1:
        raise ValueError("k must be >= 1")
    p_sum = r_sum = 0.0
    n = 0
    for user, played in relevant.items():
        if not played:
            continue
        hits = len(set(recs.get(user, [])[:k]) & played)
        p_sum += hits / k
        r_sum += hits / len(played)
        n += 1
    if n == 0:
        return 0.0, 0.0
    return p_sum / n, r_sum / n
