"""The statement's examples and hand-picked edge cases.

Every answer must be a float equal to the reference's within 1e-9 relative or
1e-12 absolute.
"""

import math
import random

import numpy as np
import pytest

from judge.testing import agree, expect_raises, statement_examples

NAN, INF = math.nan, math.inf


def check(solution, reference, labels, scores):
    agree(solution, reference, labels, scores, returns=float)


@pytest.mark.parametrize("example", statement_examples(__file__), ids=str)
def test_statement_example(solution, reference, example):
    """The examples in the statement."""
    check(solution, reference, *example.args)


@pytest.mark.parametrize(("labels", "scores"), [
    ([0, 1], [0.5, 0.5]),
    ([1, 0, 0], [0.3, 0.3, 0.1]),
    ([0, 1, 1, 0], [0.7, 0.7, 0.2, 0.2]),
    ([1, 0, 1, 0, 1, 0], [0.4, 0.4, 0.4, 0.9, 0.1, 0.4]),
    ([0, 0, 1, 1, 0, 1], [1, 1, 1, 2, 2, 2]),
], ids=["one-tie", "positive-ties-one-negative", "two-tie-groups", "big-tie-group",
        "ties-ordered-by-label"])
def test_ties_count_one_half(solution, reference, labels, scores):
    """A (positive, negative) pair with equal scores counts one half."""
    check(solution, reference, labels, scores)


@pytest.mark.parametrize(("labels", "scores"), [
    ([0, 1, 0, 1], [0.2, 0.6, 0.2, 0.6]),
    ([1, 0, 1, 0], [0.6, 0.2, 0.6, 0.2]),
    ([1, 1, 0, 0], [0.5, 0.5, 0.5, 0.5]),
    ([0, 0, 1, 1], [0.5, 0.5, 0.5, 0.5]),
], ids=["negative-first", "positive-first", "positives-first-in-tie",
        "negatives-first-in-tie"])
def test_input_order_does_not_matter(solution, reference, labels, scores):
    """The order of tied items in the input does not change the AUC."""
    check(solution, reference, labels, scores)


@pytest.mark.parametrize(("labels", "scores"), [
    ([0, 0, 1, 1], [0.1, 0.2, 0.3, 0.4]),
    ([1, 1, 0, 0], [0.1, 0.2, 0.3, 0.4]),
    ([1, 0], [0.9, 0.1]),
    ([0, 1, 0, 1, 0], [3, 1, 4, 1, 5]),
], ids=["perfect", "perfectly-wrong", "two-items", "int-scores"])
def test_orders(solution, reference, labels, scores):
    """A perfect ranking gives 1.0, a reversed one 0.0 (never inverted)."""
    check(solution, reference, labels, scores)


@pytest.mark.parametrize(("labels", "scores"), [
    ([True, False, True], [0.8, 0.3, 0.1]),
    ([1.0, 0.0, 1.0], [0.8, 0.3, 0.1]),
    ([1, False, 1.0, 0.0, True, 0], [0.5, 0.2, 0.9, 0.9, 0.1, 0.5]),
    ((1, 0, 0), (0.2, 0.1, 0.3)),
    (np.array([1, 0, 1, 0]), np.array([0.3, 0.3, 0.7, 0.1])),
    (np.array([1.0, 0.0, 0.0]), [0.4, 0.6, 0.4]),
    (np.array([True, False, False]), np.array([2, 1, 3])),
], ids=["bools", "floats", "mixed-types", "tuples", "int-array", "float-array-and-list",
        "bool-array"])
def test_label_and_sequence_types(solution, reference, labels, scores):
    """Labels may be ints, bools or floats; lists, tuples and numpy arrays all work."""
    check(solution, reference, labels, scores)


@pytest.mark.parametrize(("labels", "scores"), [
    ([1, 0, 0], [INF, 0.5, -INF]),
    ([1, 0], [INF, INF]),
    ([0, 1, 1], [-INF, -INF, 1e300]),
    ([1, 0, 1, 0], [1e-300, 0.0, -0.0, 5e-324]),
], ids=["inf-and-minus-inf", "tied-infinities", "tied-minus-infinities", "tiny-and-signed-zeros"])
def test_extreme_scores(solution, reference, labels, scores):
    """Infinite and tiny scores are ordinary scores (0.0 and -0.0 tie)."""
    check(solution, reference, labels, scores)


def test_many_tied_listens(solution, reference):
    """5,000 listens with scores on a coarse grid: every tie counts one half."""
    rng = random.Random(11)
    labels = [int(rng.random() < 0.3) for _ in range(5000)]
    scores = [round(rng.random() * 0.7 + 0.3 * label, 1) for label in labels]
    # A correct but slow solution must reach the speed phase and be judged Too
    # Slow there, not time out in a correctness test.
    with solution.time_limit(60):
        check(solution, reference, labels, scores)


INVALID = {
    "only positives": ([1, 1, 1], [0.1, 0.5, 0.9]),
    "only negatives": ([0, 0], [0.1, 0.5]),
    "one item": ([1], [0.5]),
    "no items": ([], []),
    "only positives, as floats": ([1.0, True], [0.1, 0.2]),
    "a label of 2": ([0, 1, 2], [0.1, 0.5, 0.9]),
    "a label of -1": ([1, -1, 0], [0.1, 0.5, 0.9]),
    "a label of 0.5": ([1, 0.5, 0], [0.1, 0.5, 0.9]),
    "a label of nan": ([1, 0, NAN], [0.1, 0.5, 0.9]),
    "labels -1 and 1 only": ([-1, 1, -1, 1], [0.1, 0.2, 0.3, 0.4]),
    "more scores than labels": ([0, 1], [0.1, 0.5, 0.9]),
    "more labels than scores": ([0, 1, 0], [0.1, 0.5]),
    "a NaN score": ([0, 1, 0], [0.1, NAN, 0.9]),
    "a NaN score in a numpy array": (np.array([0, 1]), np.array([NAN, 0.5])),
}


@pytest.mark.parametrize("reason", list(INVALID))
def test_invalid_inputs_raise(solution, reason):
    """A single class, a label other than 0/1, unequal lengths or a NaN score raise ValueError."""
    expect_raises(solution, ValueError, *INVALID[reason], reason=reason)
