def precision_recall_at_k(recs, relevant, k):
    """Right numbers, returned as a list [precision, recall] instead of a tuple."""
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
        raise ValueError("no eligible user")
    return [p_sum / n, r_sum / n]
