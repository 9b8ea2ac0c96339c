"""Hand-picked edge cases (the statement's examples are collected by the judge).

Every answer must be a float within 1e-9 relative or 1e-12 absolute of the reference's.
"""

import math

import numpy as np

from judge.testing import agree, cases, raising

NAN, INF = math.nan, math.inf

test_definition = cases(
    "The RMSE is sqrt(sum of squared errors / n): not the MSE, not the mean absolute error,"
    " not divided by n - 1.", {
    "sqrt-one-error-of-2": ([0.0, 0.0], [2.0, 0.0]),
    "sqrt-one-error-of-4": ([5.0, 1.0], [1.0, 1.0]),
    "sqrt-one-error-in-three": ([1.0, 2.0, 3.0], [1.0, 2.0, 7.0]),
    "squares-errors-3-and-1": ([0.0, 0.0], [3.0, -1.0]),
    "squares-errors-1-and-3": ([2.0, 2.0, 2.0, 2.0], [1.0, 2.0, 2.0, 5.0]),
    "n-two-pairs": ([1.0, 3.0], [2.0, 2.0]),
    "n-three-pairs": ([4.0, 4.0, 4.0], [3.0, 5.0, 4.0]),
    "n-one-pair": ([3.5], [1.5]),
})

test_input_kinds = cases(
    "Lists, tuples and 1-D numpy arrays (float64 or int64, also mixed) of ints and floats.", {
    "ints": ([1, 2, 3], [3, 2, 1]),
    "ints-and-floats": ([1, 2, 3], [1.5, 2.0, 2.5]),
    "tuples": ((4.0, 3.0), (3.5, 3.5)),
    "list-and-tuple": ([2.5, 4.0, 1.0], (2.0, 4.5, 1.0)),
    "largest-values": ([1000000, -1000000], [-1000000, 1000000]),
    "perfect": ([0.1, 0.2, 0.3], [0.1, 0.2, 0.3]),
    "float-arrays": (np.array([3.0, 4.5, 2.0]), np.array([2.5, 5.0, 2.0])),
    "int-arrays": (np.array([1, 2, 3, 4]), np.array([2, 2, 1, 4])),
    "array-and-list": (np.array([1.0, 2.0, 3.0]), [1.5, 2.0, 0.5]),
    "list-and-int-array": ([5.0, 1.0], np.array([4, 2])),
    "one-value": (np.array([2.0]), np.array([0.5])),
})


def test_large_arrays(solution, reference):
    """One million predictions as numpy arrays."""
    gen = np.random.default_rng(7)
    y_true = gen.integers(1, 11, 10**6) / 2.0
    with solution.time_limit(60):
        agree(solution, reference, y_true, y_true + gen.normal(0.0, 1.0, 10**6))


test_invalid_inputs_raise = raising(
    "Unequal or zero length, and any NaN or inf, raise ValueError.", {
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
})
