import numpy as np


def rmse(y_true, y_pred):
    """Correct, another way: the sum of squares as a dot product of the errors
    with themselves, and a single finiteness check on that sum (any NaN or inf
    in the inputs makes it NaN or inf, given values bounded by 10^6)."""
    if len(y_true) != len(y_pred):
        raise ValueError("lengths differ")
    if len(y_true) == 0:
        raise ValueError("no values")
    errors = np.subtract(y_true, y_pred, dtype=np.float64)
    total = float(np.dot(errors, errors))
    if not np.isfinite(total):
        raise ValueError("NaN or inf in the input")
    return (total / len(errors)) ** 0.5
