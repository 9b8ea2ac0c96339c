import numpy as np


def rmse(y_true, y_pred):
    """Forgets the empty case: the mean of no values is nan (with a warning)."""
    a = np.asarray(y_true, dtype=float)
    b = np.asarray(y_pred, dtype=float)
    if a.shape != b.shape:
        raise ValueError("lengths differ")
    if not (np.isfinite(a).all() and np.isfinite(b).all()):
        raise ValueError("NaN or inf in the input")
    return float(np.sqrt(np.mean((a - b) ** 2)))
