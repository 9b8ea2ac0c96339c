def precision_recall_at_k(recs, relevant, k):
    """The straightforward loop with the hits kept in a list (`track not in
    hits`), asked only when the slot is a hit: the scan is as long as the hits
    found so far, a few per listener, not k. The same rule as map_at_k's
    dedupe_with_seen_list and ml_metrics' `p not in predicted[:i]`."""
    if k < 1:
        raise ValueError("k must be >= 1")
    total_p = total_r = 0.0
    n = 0
    for user, played in relevant.items():
        if len(played) == 0:
            continue
        hits = []
        for track in recs.get(user, [])[:k]:
            if track in played and track not in hits:
                hits.append(track)
        total_p += len(hits) / k
        total_r += len(hits) / len(played)
        n += 1
    if n == 0:
        raise ValueError("no eligible listener")
    return total_p / n, total_r / n
