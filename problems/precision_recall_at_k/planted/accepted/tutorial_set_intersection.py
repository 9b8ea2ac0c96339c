def precision_recall_at_k(recs, relevant, k):
    """The set-intersection precision@k every recommender-metrics tutorial writes:
    `act_set = set(actual); pred_set = set(predicted[:k]); len(act_set & pred_set)`,
    copying both sides into new sets for every listener. O(k + |set|) per listener."""
    if k < 1:
        raise ValueError("k must be >= 1")
    precisions = []
    recalls = []
    for user, actual in relevant.items():
        act_set = set(actual)
        if len(act_set) == 0:
            continue
        pred_set = set(recs.get(user, [])[:k])
        result = len(act_set & pred_set)
        precisions.append(result / float(k))
        recalls.append(result / float(len(act_set)))
    if len(precisions) == 0:
        raise ValueError("no eligible listener")
    return sum(precisions) / len(precisions), sum(recalls) / len(recalls)
