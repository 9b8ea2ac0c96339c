def precision_recall_at_k(recs, relevant, k):
    """Keeps listeners with an empty set: recall divides by len(set) = 0 and
    raises ZeroDivisionError."""
    if k < 1:
        raise ValueError("k must be >= 1")
    if not any(relevant.values()):
        raise ValueError("no eligible user")
    p_sum = r_sum = 0.0
    for user, played in relevant.items():
        hits = len(set(recs.get(user, [])[:k]) & played)
        p_sum += hits / k
        r_sum += hits / len(played)
    return p_sum / len(relevant), r_sum / len(relevant)
