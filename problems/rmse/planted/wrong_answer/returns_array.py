import numpy as np


def rmse(y_true, y_pred):
    """Treats the data as one output column, sklearn-style: the mean over
    axis 0 of an (n, 1) array is an array of shape (1,), not a float."""
    a = np.asarray(y_true, dtype=float).reshape(-1, 1)
    b = np.asarray(y_pred, dtype=float).reshape(-1, 1)
    if a.shape != b.shape or a.size == 0:
        raise ValueError("need two inputs of the same non-zero length")
    if not (np.isfinite(a).all() and np.isfinite(b).all()):
        raise ValueError("NaN or inf in the input")
    return np.sqrt(np.mean((a - b) ** 2, axis=0))
