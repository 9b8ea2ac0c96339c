import numpy as np


def rmse(y_true, y_pred):
    """Never checks for NaN or inf: they flow into the answer (nan or inf)."""
    a = np.asarray(y_true, dtype=float)
    b = np.asarray(y_pred, dtype=float)
    if a.shape != b.shape or a.size == 0:
        raise ValueError("need two inputs of the same non-zero length")
    return float(np.sqrt(np.mean((a - b) ** 2)))
