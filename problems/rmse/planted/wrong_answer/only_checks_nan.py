import numpy as np


def rmse(y_true, y_pred):
    """Checks for NaN with numpy.isnan only: an inf slips through and the
    answer comes out inf (or nan for inf against inf)."""
    a = np.asarray(y_true, dtype=float)
    b = np.asarray(y_pred, dtype=float)
    if a.shape != b.shape or a.size == 0:
        raise ValueError("need two inputs of the same non-zero length")
    if np.isnan(a).any() or np.isnan(b).any():
        raise ValueError("NaN in the input")
    return float(np.sqrt(np.mean((a - b) ** 2)))
