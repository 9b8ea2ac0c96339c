def map_at_k(recs, relevant, k):
    """Correct: keeps the hits found so far in a list (a listener has few hits, so
    the scan is short) and sums AP over listeners."""
    if k < 1:
        raise ValueError("bad k")
    total = 0.0
    count = 0
    for user in relevant:
        played = relevant[user]
        if len(played) == 0:
            continue
        ranked = recs[user] if user in recs else []
        found = []
        ap = 0.0
        for i in range(min(k, len(ranked))):
            track = ranked[i]
            if track in played and track not in found:
                found.append(track)
                ap += len(found) / (i + 1)
        total += ap / min(k, len(played))
        count += 1
    if count == 0:
        raise ValueError("nobody to evaluate")
    return total / count
