def precision_recall_at_k(recs, relevant, k):
    """The straightforward loop: walk the first k slots, count a slot when its
    track was played and is not yet in the set of hits found. O(k) per listener."""
    if k < 1:
        raise ValueError("k must be >= 1")
    total_p = total_r = 0.0
    n = 0
    for user in relevant:
        played = relevant[user]
        if not played:
            continue
        found = set()
        for track in recs.get(user, [])[:k]:
            if track in played and track not in found:
                found.add(track)
        total_p += len(found) / k
        total_r += len(found) / len(played)
        n += 1
    if n == 0:
        raise ValueError("no eligible listener")
    return total_p / n, total_r / n
