"""Hand-picked edge cases (the statement's examples are collected by the judge).

Every answer must be a float within 1e-9 relative or 1e-12 absolute of the reference's.
"""

import math
import random

import numpy as np

from judge.testing import agree, cases, raising

NAN, INF = math.nan, math.inf

test_ties_count_one_half = cases(
    "A (positive, negative) pair with equal scores counts one half, whatever the order of"
    " the tied items in the input.", {
    "one-tie": ([0, 1], [0.5, 0.5]),
    "positive-ties-one-negative": ([1, 0, 0], [0.3, 0.3, 0.1]),
    "two-tie-groups": ([0, 1, 1, 0], [0.7, 0.7, 0.2, 0.2]),
    "big-tie-group": ([1, 0, 1, 0, 1, 0], [0.4, 0.4, 0.4, 0.9, 0.1, 0.4]),
    "ties-ordered-by-label": ([0, 0, 1, 1, 0, 1], [1, 1, 1, 2, 2, 2]),
    "negative-first": ([0, 1, 0, 1], [0.2, 0.6, 0.2, 0.6]),
    "positive-first": ([1, 0, 1, 0], [0.6, 0.2, 0.6, 0.2]),
    "positives-first-in-tie": ([1, 1, 0, 0], [0.5, 0.5, 0.5, 0.5]),
    "negatives-first-in-tie": ([0, 0, 1, 1], [0.5, 0.5, 0.5, 0.5]),
})

test_orders_and_types = cases(
    "A perfect ranking gives 1.0, a reversed one 0.0; labels may be ints, bools or floats,"
    " in lists, tuples or numpy arrays; inf and tiny scores order as usual.", {
    "perfect": ([0, 0, 1, 1], [0.1, 0.2, 0.3, 0.4]),
    "perfectly-wrong": ([1, 1, 0, 0], [0.1, 0.2, 0.3, 0.4]),
    "two-items": ([1, 0], [0.9, 0.1]),
    "int-scores": ([0, 1, 0, 1, 0], [3, 1, 4, 1, 5]),
    "bools": ([True, False, True], [0.8, 0.3, 0.1]),
    "floats": ([1.0, 0.0, 1.0], [0.8, 0.3, 0.1]),
    "mixed-types": ([1, False, 1.0, 0.0, True, 0], [0.5, 0.2, 0.9, 0.9, 0.1, 0.5]),
    "tuples": ((1, 0, 0), (0.2, 0.1, 0.3)),
    "int-array": (np.array([1, 0, 1, 0]), np.array([0.3, 0.3, 0.7, 0.1])),
    "float-array-and-list": (np.array([1.0, 0.0, 0.0]), [0.4, 0.6, 0.4]),
    "bool-array": (np.array([True, False, False]), np.array([2, 1, 3])),
    "inf-and-minus-inf": ([1, 0, 0], [INF, 0.5, -INF]),
    "tied-infinities": ([1, 0], [INF, INF]),
    "tied-minus-infinities": ([0, 1, 1], [-INF, -INF, 1e300]),
    "tiny-and-signed-zeros": ([1, 0, 1, 0], [1e-300, 0.0, -0.0, 5e-324]),
})


def test_many_tied_listens(solution, reference):
    """5,000 listens with scores on a coarse grid: every tie counts one half."""
    rng = random.Random(11)
    labels = [int(rng.random() < 0.3) for _ in range(5000)]
    scores = [round(rng.random() * 0.7 + 0.3 * label, 1) for label in labels]
    with solution.time_limit(60):
        agree(solution, reference, labels, scores)


test_invalid_inputs_raise = raising(
    "A single class, a label other than 0/1, unequal lengths or a NaN score raise ValueError.", {
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
})
