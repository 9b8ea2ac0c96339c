import numpy as np


def roc_auc(labels, scores):
    """Correct but naive: vectorizes the inner loop only; each positive is
    compared with the whole array of negatives, still O(|P| |N|) work."""
    y = np.asarray(labels, dtype=float)
    s = np.asarray(scores, dtype=float)
    if y.shape != s.shape:
        raise ValueError("lengths differ")
    if not ((y == 0) | (y == 1)).all():
        raise ValueError("labels must be 0 or 1")
    if np.isnan(s).any():
        raise ValueError("NaN score")
    positives, negatives = s[y == 1], s[y == 0]
    if positives.size == 0 or negatives.size == 0:
        raise ValueError("need both classes")
    wins = 0.0
    for p in positives:
        wins += np.count_nonzero(negatives < p) + 0.5 * np.count_nonzero(negatives == p)
    return wins / (positives.size * negatives.size)
