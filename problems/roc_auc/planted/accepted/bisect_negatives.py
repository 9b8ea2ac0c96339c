import bisect
import math


def roc_auc(labels, scores):
    """Correct, another way: sort only the negatives' scores; for each positive,
    bisect_left counts the negatives strictly below it and bisect_right - bisect_left
    the tied ones. O(n log n)."""
    if len(labels) != len(scores):
        raise ValueError("lengths differ")
    negatives, positives = [], []
    for label, score in zip(labels, scores):
        if math.isnan(score):
            raise ValueError("NaN score")
        if label == 1:
            positives.append(score)
        elif label == 0:
            negatives.append(score)
        else:
            raise ValueError(f"bad label {label!r}")
    if not positives or not negatives:
        raise ValueError("need both classes")
    negatives.sort()
    wins = 0.0
    for score in positives:
        below = bisect.bisect_left(negatives, score)
        tied = bisect.bisect_right(negatives, score) - below
        wins += below + tied / 2
    return wins / (len(positives) * len(negatives))
