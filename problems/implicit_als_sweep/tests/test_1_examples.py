"""The statement's examples and hand-picked edge cases.

Every answer (X_new, Y_new) is compared with the reference's entry by entry,
within 1e-5 relative or 1e-7 absolute; the report names the worst entry.
"""

import math

import numpy as np
import pytest

from checks import check_sweep, factors, play_matrix, settled
from judge.testing import cases, expect_raises, pasteable

R3 = [[2, 0, 1, 0], [0, 3, 0, 0], [1, 1, 0, 4]]
X3 = [[0.3, -0.2], [0.1, 0.4], [-0.5, 0.2]]
Y3 = [[0.2, 0.1], [-0.3, 0.5], [0.4, 0.4], [0.1, -0.6]]


def check_example(solution, reference, R, X, Y, reg, alpha):
    check_sweep(solution, reference, settled(R), X, Y, reg, alpha)


def test_confidence_is_alpha_times_plays(solution, reference):
    """An observed pair has confidence alpha * r (not 1 + alpha * r); the others 1."""
    for alpha in (1.0, 2.0, 40.0):
        check_sweep(solution, reference, play_matrix(R3), factors(X3), factors(Y3), 0.1, alpha)


def test_confidence_below_one(solution, reference):
    """alpha * r may be below 1: a play then weighs less than a missing pair."""
    check_sweep(solution, reference, play_matrix(R3), factors(X3), factors(Y3), 0.5, 0.25)


def test_tracks_use_the_new_listener_factors(solution, reference):
    """The tracks' half is solved with the NEW X from the listeners' half."""
    X = factors([[3.0, -1.0], [-2.0, 4.0], [1.0, 1.0]])
    check_sweep(solution, reference, play_matrix(R3), X, factors(Y3), 0.1, 2.0)


def test_input_x_values_are_not_used(solution, reference):
    """The sweep starts with the listeners, so X's values do not matter, only its shape."""
    for X in ([[0.0, 0.0]] * 3, [[5.0, -5.0], [1.0, 2.0], [-3.0, 0.5]]):
        check_sweep(solution, reference, play_matrix(R3), factors(X), factors(Y3), 0.1, 2.0)


test_regularization_as_given = cases(
    "reg multiplies the identity as it is, not scaled by the number of plays.", {
    "0.01": (play_matrix(R3), factors(X3), factors(Y3), 0.01, 2.0),
    "1.0": (play_matrix(R3), factors(X3), factors(Y3), 1.0, 2.0),
    "25.0": (play_matrix(R3), factors(X3), factors(Y3), 25.0, 2.0),
}, check=check_sweep)


def test_listener_without_plays_gets_zero(solution, reference):
    """A listener with no plays (p_u = 0) gets the zero vector."""
    R = play_matrix([[1, 0, 2], [0, 0, 0], [0, 3, 0], [0, 0, 0]])
    check_sweep(solution, reference, R, factors([[0.1, 0.2]] * 4),
                factors([[0.5, 0.1], [0.2, 0.3], [-0.1, 0.4]]), 0.1, 2.0)


def test_track_nobody_played_gets_zero(solution, reference):
    """A track nobody played gets the zero vector."""
    R = play_matrix([[1, 0, 0, 2], [0, 0, 0, 1], [4, 0, 0, 0]])
    check_sweep(solution, reference, R, factors([[0.1, 0.2]] * 3),
                factors([[0.5, 0.1], [0.2, 0.3], [-0.1, 0.4], [0.3, 0.3]]), 0.1, 2.0)


def test_nothing_played_at_all(solution, reference):
    """With no plays at all every vector is zero."""
    R = play_matrix([[0, 0, 0], [0, 0, 0]])
    check_sweep(solution, reference, R, factors([[1.0], [2.0]]),
                factors([[1.0], [0.5], [2.0]]), 1.0, 2.0)


def test_no_listeners_or_no_tracks(solution, reference):
    """Zero listeners or zero tracks: empty factor arrays, and zero vectors for the rest."""
    check_sweep(solution, reference, play_matrix([], 3), factors([], 2),
                factors([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]), 0.1, 2.0)
    check_sweep(solution, reference, play_matrix([[], []], 0), factors([[0.1, 0.2]] * 2),
                factors([], 2), 0.1, 2.0)


@pytest.mark.parametrize("f", [1, 2, 5])
def test_number_of_factors(solution, reference, f):
    """Any number of factors f >= 1."""
    rng = np.random.default_rng(f)
    R = play_matrix((rng.random((6, 5)) < 0.4) * rng.integers(1, 6, (6, 5)))
    check_sweep(solution, reference, R, rng.normal(0, 0.3, (6, f)), rng.normal(0, 0.3, (5, f)),
                0.2, 5.0)


test_other_value_types = cases("Play counts may be stored as other ints or as floats.", {
    "int32": (play_matrix(R3, dtype=np.int32), factors(X3), factors(Y3), 0.1, 2.0),
    "float64": (play_matrix(R3, dtype=np.float64), factors(X3), factors(Y3), 0.1, 2.0),
}, check=check_sweep)


def test_fractional_plays(solution, reference):
    """Values need not be whole numbers (e.g. plays weighted by completion)."""
    R = play_matrix([[0.5, 0, 2.25], [0, 1.5, 0], [0.125, 0.75, 3.0]], dtype=np.float64)
    check_sweep(solution, reference, R, factors([[0.1, 0.2]] * 3),
                factors([[0.5, 0.1], [0.2, 0.3], [-0.1, 0.4]]), 0.3, 3.0)


def test_medium_random_input(solution, reference):
    """300 listeners x 120 tracks at 5% density, f = 8."""
    rng = np.random.default_rng(11)
    dense = (rng.random((300, 120)) < 0.05) * rng.geometric(0.3, (300, 120))
    R = play_matrix(dense)
    X, Y = rng.normal(0, 0.1, (300, 8)), rng.normal(0, 0.1, (120, 8))
    with solution.time_limit(60):
        check_sweep(solution, reference, R, X, Y, 0.1, 40.0)


OK_R, OK_X, OK_Y = play_matrix(R3), factors(X3), factors(Y3)
INVALID = {
    "reg = 0": (OK_R, OK_X, OK_Y, 0.0, 2.0),
    "reg < 0": (OK_R, OK_X, OK_Y, -0.1, 2.0),
    "reg = nan": (OK_R, OK_X, OK_Y, math.nan, 2.0),
    "reg = inf": (OK_R, OK_X, OK_Y, math.inf, 2.0),
    "alpha = 0": (OK_R, OK_X, OK_Y, 0.1, 0.0),
    "alpha < 0": (OK_R, OK_X, OK_Y, 0.1, -1.0),
    "alpha = nan": (OK_R, OK_X, OK_Y, 0.1, math.nan),
    "alpha = inf": (OK_R, OK_X, OK_Y, 0.1, math.inf),
    "X with a row too many": (OK_R, factors([*X3, [0.0, 0.0]]), OK_Y, 0.1, 2.0),
    "Y with a row too few": (OK_R, OK_X, factors(Y3[:3]), 0.1, 2.0),
    "X and Y with different f": (OK_R, factors([[0.1]] * 3), OK_Y, 0.1, 2.0),
    "a 1-D X": (OK_R, np.zeros(3), OK_Y, 0.1, 2.0),
    "X and Y swapped": (OK_R, OK_Y, OK_X, 0.1, 2.0),
}


@pytest.mark.parametrize("reason", list(INVALID))
def test_invalid_arguments_raise(solution, reason):
    """reg or alpha not finite and > 0, or inconsistent shapes, raise ValueError."""
    R, X, Y, reg, alpha = INVALID[reason]
    with pasteable(solution):
        expect_raises(solution, ValueError, R, X, Y, reg, alpha, reason=reason)
