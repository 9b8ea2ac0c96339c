def precision_recall_at_k(recs, relevant, k):
    """Guards the division for a listener with an empty set but keeps them in the
    average with precision and recall 0: they drag the means down."""
    if k < 1:
        raise ValueError("k must be >= 1")
    if not relevant:
        raise ValueError("no users")
    p_sum = r_sum = 0.0
    for user, played in relevant.items():
        hits = len(set(recs.get(user, [])[:k]) & played)
        p_sum += hits / k
        r_sum += hits / len(played) if played else 0.0
    return p_sum / len(relevant), r_sum / len(relevant)
