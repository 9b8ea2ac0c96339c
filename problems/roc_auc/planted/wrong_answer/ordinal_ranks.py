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
    """Mann-Whitney with ranks from argsort of argsort: tied scores get distinct
    ranks in input order instead of their average rank."""
    y, s = _validated(labels, scores)
    n_pos = int(y.sum())
    n_neg = y.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    ranks = np.argsort(np.argsort(s)) + 1
    wins = ranks[y == 1].sum() - n_pos * (n_pos + 1) / 2
    return float(wins / (n_pos * n_neg))
