import math


def roc_auc(labels, scores):
    """Correct, the usual interview answer in plain Python: sort the pairs by
    score, walk the groups of equal scores from the lowest up, and let each
    positive count the negatives below its group plus half of those in it.
    O(n log n) like the reference, a constant factor slower."""
    if len(labels) != len(scores):
        raise ValueError("lengths differ")
    for label in labels:
        if label != 0 and label != 1:
            raise ValueError(f"bad label {label!r}")
    if any(math.isnan(s) for s in scores):
        raise ValueError("NaN score")
    pairs = sorted(zip(scores, labels))
    n_pos = sum(1 for label in labels if label == 1)
    n_neg = len(labels) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    wins = 0.0
    negatives_below = 0
    i = 0
    while i < len(pairs):
        j = i
        pos = neg = 0
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            if pairs[j][1] == 1:
                pos += 1
            else:
                neg += 1
            j += 1
        wins += pos * (negatives_below + neg / 2)
        negatives_below += neg
        i = j
    return wins / (n_pos * n_neg)
