from collections.abc import Sequence


def rmse(y_true: Sequence[float], y_pred: Sequence[float]) -> float:
    """Return sqrt(mean((y_true[i] - y_pred[i]) ** 2)) over all i, as a float.

    The inputs are lists, tuples or 1-D numpy arrays of numbers (up to 10^7
    of them). Unequal lengths, no values at all, or any NaN or inf in either
    input raise ValueError. Do not modify the inputs.
    """
    raise NotImplementedError
