import math


def roc_auc(labels, scores):
    """Counts in integers (twice the wins plus the ties, to avoid halves) and
    then divides with //: the result is 0 or 1."""
    if len(labels) != len(scores):
        raise ValueError("lengths differ")
    if any(label not in (0, 1) for label in labels):
        raise ValueError("labels must be 0 or 1")
    if any(math.isnan(s) for s in scores):
        raise ValueError("NaN score")
    pairs = sorted(zip(scores, labels))
    n_pos = sum(1 for label in labels if label == 1)
    n_neg = len(labels) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    doubled = 0
    negatives_below = 0
    i = 0
    while i < len(pairs):
        j = i
        pos = neg = 0
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            pos += pairs[j][1] == 1
            neg += pairs[j][1] == 0
            j += 1
        doubled += pos * (2 * negatives_below + neg)
        negatives_below += neg
        i = j
    return doubled // (2 * n_pos * n_neg)
