import numpy as np


def rmse(y_true, y_pred) -> float:
    """Root mean squared error, vectorized with numpy.

    Both inputs become float64 arrays (no copy when they already are), the
    errors are one array subtraction and the mean of their squares one
    reduction, so the loop over n runs in C: O(n) time, O(n) extra memory
    for the errors. The checks come first: equal non-zero lengths, and every
    value finite (NaN and inf make the metric meaningless, so they raise
    instead of leaking into the answer).
    """
    true = np.asarray(y_true, dtype=float)
    pred = np.asarray(y_pred, dtype=float)
    if true.shape != pred.shape:
        raise ValueError(f"y_true has {true.size} values, y_pred {pred.size}")
    if true.size == 0:
        raise ValueError("rmse of no values")
    if not (np.isfinite(true).all() and np.isfinite(pred).all()):
        raise ValueError("y_true and y_pred must not hold NaN or inf")
    errors = true - pred
    return float(np.sqrt(np.mean(errors * errors)))
