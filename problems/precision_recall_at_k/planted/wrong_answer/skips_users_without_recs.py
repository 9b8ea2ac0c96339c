def precision_recall_at_k(recs, relevant, k):
    """Loops over recs instead of relevant: a listener who got no list is skipped
    instead of counting with 0 hits."""
    if k < 1:
        raise ValueError("k must be >= 1")
    p_sum = r_sum = 0.0
    n = 0
    for user, ranked in recs.items():
        played = relevant.get(user)
        if not played:
            continue
        hits = len(set(ranked[:k]) & played)
        p_sum += hits / k
        r_sum += hits / len(played)
        n += 1
    if n == 0:
        raise ValueError("no eligible user")
    return p_sum / n, r_sum / n
