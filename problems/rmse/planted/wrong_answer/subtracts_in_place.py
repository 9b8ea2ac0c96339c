import numpy as np


def rmse(y_true, y_pred):
    """Saves memory with in-place arithmetic on asarray's result, which is the
    caller's own array when a float64 array is passed: the input is modified."""
    errors = np.asarray(y_true, dtype=float)
    pred = np.asarray(y_pred, dtype=float)
    if errors.shape != pred.shape or errors.size == 0:
        raise ValueError("need two inputs of the same non-zero length")
    if not (np.isfinite(errors).all() and np.isfinite(pred).all()):
        raise ValueError("NaN or inf in the input")
    errors -= pred
    errors **= 2
    return float(np.sqrt(errors.mean()))
