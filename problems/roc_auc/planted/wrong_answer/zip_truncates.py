import math


def roc_auc(labels, scores):
    """Pairs labels and scores with zip and never compares the lengths: extra
    labels or scores are silently dropped."""
    pairs = sorted((s, label) for label, s in zip(labels, scores))
    if any(label not in (0, 1) for _, label in pairs):
        raise ValueError("labels must be 0 or 1")
    if any(math.isnan(s) for s, _ in pairs):
        raise ValueError("NaN score")
    n_pos = sum(1 for _, label in pairs if label == 1)
    n_neg = len(pairs) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    wins = 0.0
    negatives_below = 0
    i = 0
    while i < len(pairs):
        j = i
        pos = neg = 0
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            pos += pairs[j][1] == 1
            neg += pairs[j][1] == 0
            j += 1
        wins += pos * (negatives_below + neg / 2)
        negatives_below += neg
        i = j
    return wins / (n_pos * n_neg)
