def precision_recall_at_k(recs, relevant, k):
    """Recall divides by min(k, |set|) ("the most hits possible") instead of |set|:
    that is a different metric (sometimes called R-precision-style recall)."""
    if k < 1:
        raise ValueError("k must be >= 1")
    p_sum = r_sum = 0.0
    n = 0
    for user, played in relevant.items():
        if not played:
            continue
        hits = len(set(recs.get(user, [])[:k]) & played)
        p_sum += hits / k
        r_sum += hits / min(k, len(played))
        n += 1
    if n == 0:
        raise ValueError("no eligible user")
    return p_sum / n, r_sum / n
