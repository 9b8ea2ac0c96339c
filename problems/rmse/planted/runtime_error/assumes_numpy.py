import numpy as np


def rmse(y_true, y_pred):
    """Assumes numpy arrays: y_true.size raises AttributeError on a list."""
    if y_true.size != y_pred.size:
        raise ValueError("lengths differ")
    if y_true.size == 0:
        raise ValueError("no values")
    if not (np.isfinite(y_true).all() and np.isfinite(y_pred).all()):
        raise ValueError("NaN or inf in the input")
    return float(np.sqrt(np.mean((y_true - y_pred) ** 2)))
