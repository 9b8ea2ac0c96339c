import numpy as np


def rmse(y_true, y_pred):
    """Averages the absolute errors (MAE) instead of squaring them."""
    a = np.asarray(y_true, dtype=float)
    b = np.asarray(y_pred, dtype=float)
    if a.shape != b.shape or a.size == 0:
        raise ValueError("need two inputs of the same non-zero length")
    if not (np.isfinite(a).all() and np.isfinite(b).all()):
        raise ValueError("NaN or inf in the input")
    return float(np.mean(np.abs(a - b)))
