import numpy as np


def rmse(y_true, y_pred):
    """Compares only the common prefix when the lengths differ (what zip does)."""
    n = min(len(y_true), len(y_pred))
    if n == 0:
        raise ValueError("no values")
    a = np.asarray(y_true, dtype=float)[:n]
    b = np.asarray(y_pred, dtype=float)[:n]
    if not (np.isfinite(a).all() and np.isfinite(b).all()):
        raise ValueError("NaN or inf in the input")
    return float(np.sqrt(np.mean((a - b) ** 2)))
