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
    """Never checks for a single class: 0 / 0 in numpy returns nan (with a
    warning) instead of raising ValueError."""
    y, s = _validated(labels, scores)
    n_pos = np.count_nonzero(y)
    n_neg = y.size - n_pos
    ranks = rankdata(s)
    wins = ranks[y == 1].sum() - n_pos * (n_pos + 1) / 2
    with np.errstate(all="ignore"):
        return float(np.float64(wins) / (n_pos * n_neg))
