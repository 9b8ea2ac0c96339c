def precision_recall_at_k(recs, relevant, k):
    """Counts every slot that holds a played track, so a track recommended twice
    is two hits (precision and recall can even exceed 1)."""
    if k < 1:
        raise ValueError("k must be >= 1")
    p_sum = r_sum = 0.0
    n = 0
    for user, played in relevant.items():
        if not played:
            continue
        hits = sum(1 for track in recs.get(user, [])[:k] if track in played)
        p_sum += hits / k
        r_sum += hits / len(played)
        n += 1
    if n == 0:
        raise ValueError("no eligible user")
    return p_sum / n, r_sum / n
