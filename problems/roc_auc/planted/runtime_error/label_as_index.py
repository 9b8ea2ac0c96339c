import math
from collections import defaultdict


def roc_auc(labels, scores):
    """Counts negatives and positives per score with the label as a list
    index: a float label 1.0 raises TypeError (list indices must be integers)."""
    if len(labels) != len(scores):
        raise ValueError("lengths differ")
    if any(label not in (0, 1) for label in labels):
        raise ValueError("labels must be 0 or 1")
    if any(math.isnan(s) for s in scores):
        raise ValueError("NaN score")
    counts = defaultdict(lambda: [0, 0])  # score -> [negatives, positives]
    for label, score in zip(labels, scores):
        counts[score][label] += 1
    n_pos = sum(c[1] for c in counts.values())
    n_neg = sum(c[0] for c in counts.values())
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    wins = 0.0
    below = 0
    for score in sorted(counts):
        neg, pos = counts[score]
        wins += pos * (below + neg / 2)
        below += neg
    return wins / (n_pos * n_neg)
