import numpy as np


def rmse(y_true, y_pred):
    """The textbook numpy one-liner, np.sqrt(np.mean((y_true - y_pred) ** 2)),
    after np.asarray and the checks the statement asks for."""
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    if y_true.shape != y_pred.shape or y_true.size == 0:
        raise ValueError("inputs must have the same non-zero length")
    if np.isnan(y_true).any() or np.isnan(y_pred).any():
        raise ValueError("NaN in the input")
    if np.isinf(y_true).any() or np.isinf(y_pred).any():
        raise ValueError("inf in the input")
    return float(np.sqrt(np.mean((y_true - y_pred) ** 2)))
