def map_at_k(recs, relevant, k):
    """The straightforward loop from a recommender-systems text: walk the first
    k slots with a hit counter and a set of the tracks already found, add the
    precision at each new hit's depth. O(k) per listener."""
    if k < 1:
        raise ValueError("k must be >= 1")
    aps = []
    for user, played in relevant.items():
        if len(played) == 0:
            continue
        ranked = recs.get(user, [])
        found = set()
        hits = 0
        ap = 0.0
        for i in range(min(k, len(ranked))):
            if ranked[i] in played and ranked[i] not in found:
                found.add(ranked[i])
                hits += 1
                ap += hits / (i + 1)
        aps.append(ap / min(len(played), k))
    if len(aps) == 0:
        raise ValueError("no eligible listener")
    return sum(aps) / len(aps)
