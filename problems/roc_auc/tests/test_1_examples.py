"""The statement's examples and hand-picked edge cases.

Every answer must be a float equal to the reference's within 1e-9 relative or
1e-12 absolute.
"""

import math
import random

import numpy as np

from judge.testing import agree, cases, raising

NAN, INF = math.nan, math.inf


def check(solution, reference, labels, scores):
    agree(solution, reference, labels, scores)


check_example = check  # checks the statement's examples too


test_ties_count_one_half = cases("A (positive, negative) pair with equal scores counts one half.", {
    "one-tie": ([0, 1], [0.5, 0.5]),
    "positive-ties-one-negative": ([1, 0, 0], [0.3, 0.3, 0.1]),
    "two-tie-groups": ([0, 1, 1, 0], [0.7, 0.7, 0.2, 0.2]),
    "big-tie-group": ([1, 0, 1, 0, 1, 0], [0.4, 0.4, 0.4, 0.9, 0.1, 0.4]),
    "ties-ordered-by-label": ([0, 0, 1, 1, 0, 1], [1, 1, 1, 2, 2, 2]),
}, check=check)


test_input_order_does_not_matter = cases(
    "The order of tied items in the input does not change the AUC.", {
    "negative-first": ([0, 1, 0, 1], [0.2, 0.6, 0.2, 0.6]),
    "positive-first": ([1, 0, 1, 0], [0.6, 0.2, 0.6, 0.2]),
    "positives-first-in-tie": ([1, 1, 0, 0], [0.5, 0.5, 0.5, 0.5]),
    "negatives-first-in-tie": ([0, 0, 1, 1], [0.5, 0.5, 0.5, 0.5]),
}, check=check)


test_orders = cases("A perfect ranking gives 1.0, a reversed one 0.0 (never inverted).", {
    "perfect": ([0, 0, 1, 1], [0.1, 0.2, 0.3, 0.4]),
    "perfectly-wrong": ([1, 1, 0, 0], [0.1, 0.2, 0.3, 0.4]),
    "two-items": ([1, 0], [0.9, 0.1]),
    "int-scores": ([0, 1, 0, 1, 0], [3, 1, 4, 1, 5]),
}, check=check)


test_label_and_sequence_types = cases(
    "Labels may be ints, bools or floats; lists, tuples and numpy arrays all work.", {
    "bools": ([True, False, True], [0.8, 0.3, 0.1]),
    "floats": ([1.0, 0.0, 1.0], [0.8, 0.3, 0.1]),
    "mixed-types": ([1, False, 1.0, 0.0, True, 0], [0.5, 0.2, 0.9, 0.9, 0.1, 0.5]),
    "tuples": ((1, 0, 0), (0.2, 0.1, 0.3)),
    "int-array": (np.array([1, 0, 1, 0]), np.array([0.3, 0.3, 0.7, 0.1])),
    "float-array-and-list": (np.array([1.0, 0.0, 0.0]), [0.4, 0.6, 0.4]),
    "bool-array": (np.array([True, False, False]), np.array([2, 1, 3])),
}, check=check)


test_extreme_scores = cases("Infinite and tiny scores are ordinary scores (0.0 and -0.0 tie).", {
    "inf-and-minus-inf": ([1, 0, 0], [INF, 0.5, -INF]),
    "tied-infinities": ([1, 0], [INF, INF]),
    "tied-minus-infinities": ([0, 1, 1], [-INF, -INF, 1e300]),
    "tiny-and-signed-zeros": ([1, 0, 1, 0], [1e-300, 0.0, -0.0, 5e-324]),
}, check=check)


def test_many_tied_listens(solution, reference):
    """5,000 listens with scores on a coarse grid: every tie counts one half."""
    rng = random.Random(11)
    labels = [int(rng.random() < 0.3) for _ in range(5000)]
    scores = [round(rng.random() * 0.7 + 0.3 * label, 1) for label in labels]
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


test_invalid_inputs_raise = raising(
    "A single class, a label other than 0/1, unequal lengths or a NaN score raise ValueError.",
    INVALID)
