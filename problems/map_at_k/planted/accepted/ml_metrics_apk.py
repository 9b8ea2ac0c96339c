def apk(actual, predicted, k):
    """Average precision at k in the style of Kaggle's ml_metrics.apk: a repeat
    is skipped by `p not in predicted[:i]`, a scan asked only when p is a hit."""
    if len(predicted) > k:
        predicted = predicted[:k]
    score = 0.0
    num_hits = 0.0
    for i, p in enumerate(predicted):
        if p in actual and p not in predicted[:i]:
            num_hits += 1.0
            score += num_hits / (i + 1.0)
    return score / min(len(actual), k)


def map_at_k(recs, relevant, k):
    """The ml_metrics mapk idiom: the mean of apk over the eligible listeners."""
    if k < 1:
        raise ValueError("k must be >= 1")
    scores = [apk(played, recs.get(user, []), k) for user, played in relevant.items() if played]
    if not scores:
        raise ValueError("no eligible listener")
    return sum(scores) / len(scores)
