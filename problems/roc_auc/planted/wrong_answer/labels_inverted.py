import numpy as np
from scipy.stats import rankdata


def _validated(labels, scores):
    y = np.asarray(labels, dtype=float)
    s = np.asarray(scores, dtype=float)
    if y.shape != s.shape:
        raise ValueError("lengths differ")
    if not ((y == 0) | (y == 1)).all():
        raise ValueError("labels must be 0 or 1")
    if np.isnan(s).any():
        raise ValueError("NaN score")
    return y, s


def roc_auc(labels, scores):
    """Sums the ranks of the label-0 items as if they were the positives: the
    result is 1 - AUC."""
    y, s = _validated(labels, scores)
    n_pos = int(np.count_nonzero(y == 0))
    n_neg = y.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    ranks = rankdata(s)
    wins = ranks[y == 0].sum() - n_pos * (n_pos + 1) / 2
    return float(wins / (n_pos * n_neg))
