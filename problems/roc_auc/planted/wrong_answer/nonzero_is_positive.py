import numpy as np
from scipy.stats import rankdata


def roc_auc(labels, scores):
    """Takes every non-zero label as a positive (y != 0) and never checks that
    the labels are 0 or 1: a label of 2 or -1 gives a number, not ValueError."""
    y = np.asarray(labels, dtype=float) != 0
    s = np.asarray(scores, dtype=float)
    if y.shape != s.shape:
        raise ValueError("lengths differ")
    if np.isnan(s).any():
        raise ValueError("NaN score")
    n_pos = int(y.sum())
    n_neg = y.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    ranks = rankdata(s)
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
