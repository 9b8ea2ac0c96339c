import numpy as np
from scipy.stats import rankdata


def roc_auc(labels, scores):
    """Never checks the scores: a NaN score gets a rank anyway (rankdata puts
    NaN last, or returns all NaN) instead of raising ValueError."""
    y = np.asarray(labels, dtype=float)
    s = np.asarray(scores, dtype=float)
    if y.shape != s.shape:
        raise ValueError("lengths differ")
    if not ((y == 0) | (y == 1)).all():
        raise ValueError("labels must be 0 or 1")
    n_pos = int(y.sum())
    n_neg = y.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    ranks = rankdata(s)
    return float((ranks[y == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
