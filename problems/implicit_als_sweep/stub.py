import numpy as np
from scipy.sparse import csr_matrix


def implicit_als_sweep(R: csr_matrix, X: np.ndarray, Y: np.ndarray, reg: float,
                       alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """Return (X_new, Y_new) after one implicit-feedback ALS sweep.

    Observed pairs (stored values of R, all > 0) have p = 1, c = alpha * r;
    every other pair has p = 0, c = 1. First every listener row
    x_u = (Y^T C_u Y + reg I)^-1 Y^T C_u p_u with the input Y, then every track
    row with the NEW X. Return two new float64 arrays; do not modify R, X or
    Y. reg or alpha not > 0, or inconsistent shapes, raise ValueError.
    """
    raise NotImplementedError
