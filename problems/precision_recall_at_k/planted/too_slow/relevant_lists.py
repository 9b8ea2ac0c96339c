def precision_recall_at_k(recs, relevant, k):
    """Correct but naive (the catalog's): keeps each played set as a list and
    tests `track in played_list` for every slot, O(|set|) per test, and keeps the
    hits found in a list too: O(k * |set|) per listener instead of O(k)."""
    if k < 1:
        raise ValueError("k must be >= 1")
    p_sum = r_sum = 0.0
    n = 0
    for user in relevant:
        played_list = list(relevant[user])
        if len(played_list) == 0:
            continue
        found = []
        for track in recs.get(user, [])[:k]:
            if track in played_list and track not in found:
                found.append(track)
        p_sum += len(found) / k
        r_sum += len(found) / len(played_list)
        n += 1
    if n == 0:
        raise ValueError("no eligible user")
    return p_sum / n, r_sum / n
