def precision_recall_at_k(recs, relevant, k):
    """Correct but naive: for every played track asks `track in top`, a scan of
    the k-slot list, so O(k * |set|) per listener instead of O(k). (It does count
    each track once, and it is right.)"""
    if k < 1:
        raise ValueError("k must be >= 1")
    p_sum = r_sum = 0.0
    n = 0
    for user, played in relevant.items():
        if not played:
            continue
        top = recs.get(user, [])[:k]
        hits = sum(1 for track in played if track in top)
        p_sum += hits / k
        r_sum += hits / len(played)
        n += 1
    if n == 0:
        raise ValueError("no eligible user")
    return p_sum / n, r_sum / n
