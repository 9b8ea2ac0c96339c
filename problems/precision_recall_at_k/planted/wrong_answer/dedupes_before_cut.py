def precision_recall_at_k(recs, relevant, k):
    """Removes repeats from the whole list first and then takes k tracks: a repeat
    no longer wastes a slot, and tracks from beyond the first k slots get in."""
    if k < 1:
        raise ValueError("k must be >= 1")
    p_sum = r_sum = 0.0
    n = 0
    for user, played in relevant.items():
        if not played:
            continue
        top = list(dict.fromkeys(recs.get(user, [])))[:k]
        hits = len(set(top) & played)
        p_sum += hits / k
        r_sum += hits / len(played)
        n += 1
    if n == 0:
        raise ValueError("no eligible user")
    return p_sum / n, r_sum / n
