def precision_recall_at_k(recs, relevant, k):
    """Looks the listener up with recs[user]: KeyError for a listener who got no list."""
    if k < 1:
        raise ValueError("k must be >= 1")
    p_sum = r_sum = 0.0
    n = 0
    for user, played in relevant.items():
        if not played:
            continue
        hits = len(set(recs[user][:k]) & played)
        p_sum += hits / k
        r_sum += hits / len(played)
        n += 1
    if n == 0:
        raise ValueError("no eligible user")
    return p_sum / n, r_sum / n
