import bisect
import math


def roc_auc(labels, scores):
    """Counts the negatives at or below each positive with bisect_right: a tie
    counts 1 instead of one half."""
    if len(labels) != len(scores):
        raise ValueError("lengths differ")
    if any(label not in (0, 1) for label in labels):
        raise ValueError("labels must be 0 or 1")
    if any(math.isnan(s) for s in scores):
        raise ValueError("NaN score")
    negatives = sorted(s for label, s in zip(labels, scores) if label == 0)
    positives = [s for label, s in zip(labels, scores) if label == 1]
    if not positives or not negatives:
        raise ValueError("need both classes")
    wins = sum(bisect.bisect_right(negatives, p) for p in positives)
    return wins / (len(positives) * len(negatives))
