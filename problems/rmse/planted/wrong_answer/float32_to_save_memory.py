import numpy as np


def rmse(y_true, y_pred):
    """Converts to float32 to halve the memory at 10^7 values: the answer is
    then only good to about 7 digits."""
    a = np.asarray(y_true, dtype=np.float32)
    b = np.asarray(y_pred, dtype=np.float32)
    if a.shape != b.shape or a.size == 0:
        raise ValueError("need two inputs of the same non-zero length")
    if not (np.isfinite(a).all() and np.isfinite(b).all()):
        raise ValueError("NaN or inf in the input")
    return float(np.sqrt(np.mean((a - b) ** 2)))
