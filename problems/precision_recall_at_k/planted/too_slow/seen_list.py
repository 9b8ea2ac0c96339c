def precision_recall_at_k(recs, relevant, k):
    """Correct but naive: removes repeats by keeping the slots seen so far in a
    list (`track not in seen`), O(k^2) per listener instead of O(k)."""
    if k < 1:
        raise ValueError("k must be >= 1")
    p_sum = r_sum = 0.0
    n = 0
    for user, played in relevant.items():
        if not played:
            continue
        seen = []
        hits = 0
        for track in recs.get(user, [])[:k]:
            if track not in seen:
                seen.append(track)
                if track in played:
                    hits += 1
        p_sum += hits / k
        r_sum += hits / len(played)
        n += 1
    if n == 0:
        raise ValueError("no eligible user")
    return p_sum / n, r_sum / n
