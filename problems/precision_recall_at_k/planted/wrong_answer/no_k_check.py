def precision_recall_at_k(recs, relevant, k):
    """Never checks k: k = 0 raises ZeroDivisionError instead of ValueError, and a
    negative k slices from the end and returns negative precision."""
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
    return p_sum / n, r_sum / n
