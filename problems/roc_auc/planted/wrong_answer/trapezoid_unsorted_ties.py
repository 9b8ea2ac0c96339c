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
    """Draws the ROC curve one item at a time (a point after every item in
    descending score order) instead of one point per distinct threshold:
    inside a tie group the curve follows the input order of the labels, so a
    tie counts 1 or 0 instead of one half."""
    y, s = _validated(labels, scores)
    y = y[np.argsort(-s, kind="stable")]
    tps = np.cumsum(y)
    fps = np.cumsum(1 - y)
    if tps[-1] == 0 or fps[-1] == 0:
        raise ValueError("need both classes")
    tpr = np.r_[0.0, tps / tps[-1]]
    fpr = np.r_[0.0, fps / fps[-1]]
    return float(np.trapezoid(tpr, fpr))
