def precision_recall_at_k(recs, relevant, k):
    """Precision divides by the number of recommendations actually there
    (len(top)) instead of k: a short list looks more precise than it is."""
    if k < 1:
        raise ValueError("k must be >= 1")
    p_sum = r_sum = 0.0
    n = 0
    for user, played in relevant.items():
        if not played:
            continue
        top = recs.get(user, [])[:k]
        hits = len(set(top) & played)
        p_sum += hits / len(top) if top else 0.0
        r_sum += hits / len(played)
        n += 1
    if n == 0:
        raise ValueError("no eligible user")
    return p_sum / n, r_sum / n
