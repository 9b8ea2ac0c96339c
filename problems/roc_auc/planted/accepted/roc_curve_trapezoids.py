import numpy as np


def roc_auc(labels, scores):
    """Correct, the ROC curve itself, sklearn-style: sort by score descending,
    keep one curve point per DISTINCT threshold (the last index of each run of
    equal scores), and sum the trapezoids. A tie group becomes one diagonal
    segment, which is exactly a tie counting one half."""
    y = np.asarray(labels, dtype=float)
    s = np.asarray(scores, dtype=float)
    if y.shape != s.shape:
        raise ValueError("lengths differ")
    if not np.isin(y, (0.0, 1.0)).all():
        raise ValueError("labels must be 0 or 1")
    if np.isnan(s).any():
        raise ValueError("NaN score")
    if y.size == 0:
        raise ValueError("need both classes")
    order = np.argsort(-s, kind="stable")
    s, y = s[order], y[order]
    ends = np.r_[np.flatnonzero(s[1:] != s[:-1]), y.size - 1]
    tps = np.cumsum(y)[ends]
    fps = (ends + 1) - tps
    if tps[-1] == 0 or fps[-1] == 0:
        raise ValueError("need both classes")
    tpr = np.r_[0.0, tps / tps[-1]]
    fpr = np.r_[0.0, fps / fps[-1]]
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))
