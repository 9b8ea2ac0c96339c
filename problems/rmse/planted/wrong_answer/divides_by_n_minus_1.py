import math

import numpy as np


def rmse(y_true, y_pred):
    """Divides the sum of squares by n - 1, like a sample standard deviation
    (and so returns inf for a single pair)."""
    a = np.asarray(y_true, dtype=float)
    b = np.asarray(y_pred, dtype=float)
    if a.shape != b.shape or a.size == 0:
        raise ValueError("need two inputs of the same non-zero length")
    if not (np.isfinite(a).all() and np.isfinite(b).all()):
        raise ValueError("NaN or inf in the input")
    errors = a - b
    return math.sqrt(np.sum(errors ** 2) / (a.size - 1))
