import math

import numpy as np


def rmse(y_true, y_pred):
    """Correct, another way: the RMSE is the Euclidean norm of the error vector
    divided by sqrt(n); NaN and inf are caught by testing the inputs for them
    one kind at a time."""
    a = np.array(y_true, dtype=np.float64)
    b = np.array(y_pred, dtype=np.float64)
    if len(a) != len(b) or len(a) == 0:
        raise ValueError("need two inputs of the same non-zero length")
    if np.isnan(a).any() or np.isnan(b).any() or np.isinf(a).any() or np.isinf(b).any():
        raise ValueError("NaN or inf in the input")
    return float(np.linalg.norm(a - b) / math.sqrt(len(a)))
