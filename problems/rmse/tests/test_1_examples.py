"""The statement's examples and hand-picked edge cases.

Every answer must be a float equal to the reference's within 1e-9 relative or
1e-12 absolute (the statement's tolerance).
"""

import math

import numpy as np
import pytest

from judge.testing import agree, expect_raises, statement_examples

NAN, INF = math.nan, math.inf


def check(solution, reference, y_true, y_pred):
    agree(solution, reference, y_true, y_pred, returns=float)


@pytest.mark.parametrize("example", statement_examples(__file__), ids=str)
def test_statement_example(solution, reference, example):
    """The examples in the statement."""
    check(solution, reference, *example.args)


@pytest.mark.parametrize(("y_true", "y_pred"), [
    ([0.0, 0.0], [2.0, 0.0]),
    ([5.0, 1.0], [1.0, 1.0]),
    ([1.0, 2.0, 3.0], [1.0, 2.0, 7.0]),
], ids=["one-error-of-2", "one-error-of-4", "one-error-in-three"])
def test_square_root_of_the_mean(solution, reference, y_true, y_pred):
    """The result is the square root of the MSE, not the MSE itself."""
    check(solution, reference, y_true, y_pred)


@pytest.mark.parametrize(("y_true", "y_pred"), [
    ([0.0, 0.0], [3.0, -1.0]),
    ([2.0, 2.0, 2.0, 2.0], [1.0, 2.0, 2.0, 5.0]),
], ids=["errors-3-and-1", "errors-1-and-3"])
def test_squares_not_absolute_values(solution, reference, y_true, y_pred):
    """Errors are squared before averaging (RMSE), not taken as absolute values (MAE)."""
    check(solution, reference, y_true, y_pred)


@pytest.mark.parametrize(("y_true", "y_pred"), [
    ([1.0, 3.0], [2.0, 2.0]),
    ([4.0, 4.0, 4.0], [3.0, 5.0, 4.0]),
    ([3.5], [1.5]),
], ids=["two-pairs", "three-pairs", "one-pair"])
def test_divides_by_n(solution, reference, y_true, y_pred):
    """The mean divides by n, not by n - 1 (one pair is a valid input)."""
    check(solution, reference, y_true, y_pred)


@pytest.mark.parametrize(("y_true", "y_pred"), [
    ([1, 2, 3], [3, 2, 1]),
    ([1, 2, 3], [1.5, 2.0, 2.5]),
    ((4.0, 3.0), (3.5, 3.5)),
    ([2.5, 4.0, 1.0], (2.0, 4.5, 1.0)),
    ([1000000, -1000000], [-1000000, 1000000]),
    ([0.1, 0.2, 0.3], [0.1, 0.2, 0.3]),
], ids=["ints", "ints-and-floats", "tuples", "list-and-tuple", "largest-values", "perfect"])
def test_python_sequences(solution, reference, y_true, y_pred):
    """Lists and tuples of ints and floats are valid inputs."""
    check(solution, reference, y_true, y_pred)


@pytest.mark.parametrize(("y_true", "y_pred"), [
    (np.array([3.0, 4.5, 2.0]), np.array([2.5, 5.0, 2.0])),
    (np.array([1, 2, 3, 4]), np.array([2, 2, 1, 4])),
    (np.array([1.0, 2.0, 3.0]), [1.5, 2.0, 0.5]),
    ([5.0, 1.0], np.array([4, 2])),
    (np.array([2.0]), np.array([0.5])),
], ids=["float-arrays", "int-arrays", "array-and-list", "list-and-int-array", "one-value"])
def test_numpy_arrays(solution, reference, y_true, y_pred):
    """1-D numpy arrays (float64 or int64), also mixed with lists, are valid inputs."""
    check(solution, reference, y_true, y_pred)


def test_large_arrays(solution, reference):
    """One million predictions as numpy arrays."""
    gen = np.random.default_rng(7)
    y_true = gen.integers(1, 11, 10**6) / 2.0
    y_pred = y_true + gen.normal(0.0, 1.0, 10**6)
    # A correct but slow solution must reach the speed phase and be judged Too
    # Slow there, not time out in a correctness test.
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


@pytest.mark.parametrize("reason", list(INVALID))
def test_invalid_inputs_raise(solution, reason):
    """Unequal or zero length, and any NaN or inf, raise ValueError."""
    expect_raises(solution, ValueError, *INVALID[reason], reason=reason)
