def precision_recall_at_k(recs, relevant, k):
    """Correct, another style: collects the per-listener values in lists,
    deduplicates the first k slots with dict.fromkeys and averages at the end."""
    if k < 1:
        raise ValueError("k must be at least 1")
    precisions, recalls = [], []
    for user in relevant:
        played = relevant[user]
        if len(played) == 0:
            continue
        top = dict.fromkeys(recs.get(user, [])[:k])
        hits = sum(1 for track in top if track in played)
        precisions.append(hits / k)
        recalls.append(hits / len(played))
    if not precisions:
        raise ValueError("no eligible user")
    return sum(precisions) / len(precisions), sum(recalls) / len(recalls)
