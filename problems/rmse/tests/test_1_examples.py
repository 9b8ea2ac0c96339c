"""The statement's examples and hand-picked edge cases.

Every answer must be a float equal to the reference's within 1e-9 relative or
1e-12 absolute (the statement's tolerance).
"""

import math

import numpy as np

from judge.testing import agree, cases, raising

NAN, INF = math.nan, math.inf


def check(solution, reference, y_true, y_pred):
    agree(solution, reference, y_true, y_pred)


check_example = check  # checks the statement's examples too


test_square_root_of_the_mean = cases(
    "The result is the square root of the MSE, not the MSE itself.", {
    "one-error-of-2": ([0.0, 0.0], [2.0, 0.0]),
    "one-error-of-4": ([5.0, 1.0], [1.0, 1.0]),
    "one-error-in-three": ([1.0, 2.0, 3.0], [1.0, 2.0, 7.0]),
}, check=check)


test_squares_not_absolute_values = cases(
    "Errors are squared before averaging (RMSE), not taken as absolute values (MAE).", {
    "errors-3-and-1": ([0.0, 0.0], [3.0, -1.0]),
    "errors-1-and-3": ([2.0, 2.0, 2.0, 2.0], [1.0, 2.0, 2.0, 5.0]),
}, check=check)


test_divides_by_n = cases("The mean divides by n, not by n - 1 (one pair is a valid input).", {
    "two-pairs": ([1.0, 3.0], [2.0, 2.0]),
    "three-pairs": ([4.0, 4.0, 4.0], [3.0, 5.0, 4.0]),
    "one-pair": ([3.5], [1.5]),
}, check=check)


test_python_sequences = cases("Lists and tuples of ints and floats are valid inputs.", {
    "ints": ([1, 2, 3], [3, 2, 1]),
    "ints-and-floats": ([1, 2, 3], [1.5, 2.0, 2.5]),
    "tuples": ((4.0, 3.0), (3.5, 3.5)),
    "list-and-tuple": ([2.5, 4.0, 1.0], (2.0, 4.5, 1.0)),
    "largest-values": ([1000000, -1000000], [-1000000, 1000000]),
    "perfect": ([0.1, 0.2, 0.3], [0.1, 0.2, 0.3]),
}, check=check)


test_numpy_arrays = cases(
    "1-D numpy arrays (float64 or int64), also mixed with lists, are valid inputs.", {
    "float-arrays": (np.array([3.0, 4.5, 2.0]), np.array([2.5, 5.0, 2.0])),
    "int-arrays": (np.array([1, 2, 3, 4]), np.array([2, 2, 1, 4])),
    "array-and-list": (np.array([1.0, 2.0, 3.0]), [1.5, 2.0, 0.5]),
    "list-and-int-array": ([5.0, 1.0], np.array([4, 2])),
    "one-value": (np.array([2.0]), np.array([0.5])),
}, check=check)


def test_large_arrays(solution, reference):
    """One million predictions as numpy arrays."""
    gen = np.random.default_rng(7)
    y_true = gen.integers(1, 11, 10**6) / 2.0
    y_pred = y_true + gen.normal(0.0, 1.0, 10**6)
    with solution.time_limit(60):
        check(solution, reference, y_true, y_pred)


INVALID = {
    "y_pred shorter than y_true": ([1.0, 2.0, 3.0], [1.0, 2.0]),
    "y_true shorter than y_pred": ([1.0], [1.0, 2.0]),
    "an empty y_true and a non-empty y_pred": ([], [1.0]),
    "two empty lists": ([], []),
    "two empty numpy arrays": (np.array([]), np.array([])),
    "numpy arrays of different lengths": (np.array([1.0, 2.0]), np.array([1.0, 2.0, 3.0])),
    "NaN in y_true": ([1.0, NAN, 3.0], [1.0, 2.0, 3.0]),
    "NaN in y_pred": ([1.0, 2.0], [2.0, NAN]),
    "NaN in both at the same place": ([NAN, 2.0], [NAN, 2.0]),
    "inf in y_true": ([INF, 2.0], [1.0, 2.0]),
    "-inf in y_pred": ([1.0, 2.0], [1.0, -INF]),
    "inf in both at the same place": ([1.0, INF], [1.0, INF]),
    "NaN in a numpy array": (np.array([1.0, 2.0, NAN]), np.array([1.0, 2.0, 3.0])),
    "inf in a numpy array": (np.array([1.0, 2.0]), np.array([INF, 2.0])),
}


test_invalid_inputs_raise = raising(
    "Unequal or zero length, and any NaN or inf, raise ValueError.", INVALID)
