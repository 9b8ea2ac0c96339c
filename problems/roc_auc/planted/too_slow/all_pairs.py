import math


def roc_auc(labels, scores):
    """Correct but naive: compares every positive with every negative,
    O(|P| |N|) = O(n^2) pairs."""
    if len(labels) != len(scores):
        raise ValueError("lengths differ")
    if any(label != 0 and label != 1 for label in labels):
        raise ValueError("labels must be 0 or 1")
    if any(math.isnan(s) for s in scores):
        raise ValueError("NaN score")
    positives = [s for label, s in zip(labels, scores) if label == 1]
    negatives = [s for label, s in zip(labels, scores) if label == 0]
    if not positives or not negatives:
        raise ValueError("need both classes")
    wins = 0.0
    for p in positives:
        for q in negatives:
            if p > q:
                wins += 1
            elif p == q:
                wins += 0.5
    return wins / (len(positives) * len(negatives))
