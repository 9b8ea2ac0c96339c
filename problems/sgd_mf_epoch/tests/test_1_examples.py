"""The statement's examples and hand-picked edge cases.

Every answer is compared with the reference's arrays within the statement's
tolerance (rel 1e-9, abs 1e-12).
"""

import random

import numpy as np
import pytest

from checks import check_epoch
from judge.testing import expect_raises


def check_example(solution, reference, ratings, P, Q, lr, reg):
    """The statement's examples, P and Q passed as numpy arrays."""
    check_epoch(solution, reference, ratings, np.array(P), np.array(Q), lr, reg)


P2 = np.array([[1.0, 0.5], [0.25, -0.5], [0.0, 1.0]])
Q2 = np.array([[1.0, 2.0], [-0.5, 0.5]])


def test_empty_ratings_return_copies(solution, reference):
    """No ratings: P and Q come back unchanged (as new arrays)."""
    check_epoch(solution, reference, [], P2, Q2, 0.1, 0.02)


def test_zero_learning_rate_changes_nothing(solution, reference):
    """lr = 0: every step is zero, so P and Q come back unchanged."""
    check_epoch(solution, reference, [(0, 0, 5.0), (2, 1, 1.0), (0, 1, 3.5)], P2, Q2, 0.0, 0.1)


@pytest.mark.parametrize("rating", [(1, 0, 4.0), (0, 1, 2.5), (2, 1, 0.5)])
def test_single_rating(solution, reference, rating):
    """One rating moves only its listener's row of P and its track's row of Q."""
    check_epoch(solution, reference, [rating], P2, Q2, 0.1, 0.05)


def test_both_steps_use_the_old_rows(solution, reference):
    """Q[i]'s step uses P[u] from before P[u]'s own step (a simultaneous update)."""
    check_epoch(solution, reference, [(0, 0, 3.0)], np.array([[1.0, 0.5]]),
                np.array([[1.0, 2.0]]), 0.1, 0.0)
    check_epoch(solution, reference, [(0, 0, 5.0)], np.array([[0.5, 0.5]]),
                np.array([[0.5, -0.5]]), 0.2, 0.1)


@pytest.mark.parametrize("ratings", [
    [(1, 0, 2.0), (0, 0, 3.0)],
    [(2, 1, 5.0), (0, 1, 1.0), (1, 1, 3.0)],
    [(0, 1, 4.0), (0, 0, 1.0), (2, 0, 4.5), (1, 1, 2.0)],
], ids=["two-listeners-one-track", "descending-listeners", "mixed"])
def test_ratings_in_the_given_order(solution, reference, ratings):
    """The ratings are processed in the order given: not sorted, grouped or shuffled."""
    check_epoch(solution, reference, ratings, P2, Q2, 0.3, 0.0)
    check_epoch(solution, reference, ratings, P2, Q2, 0.1, 0.2)


def test_repeated_rating_processed_again(solution, reference):
    """A rating that appears again is another step, from the rows the first one left."""
    check_epoch(solution, reference, [(0, 1, 4.0), (0, 1, 4.0), (0, 1, 4.0)], P2, Q2, 0.1, 0.1)
    check_epoch(solution, reference, [(0, 0, 5.0), (0, 0, 5.0)], np.array([[0.5, 0.5]]),
                np.array([[0.5, -0.5]]), 0.2, 0.1)


@pytest.mark.parametrize("reg", [0.1, 0.5, 1.0])
def test_regularization_in_every_step(solution, reference, reg):
    """Every step shrinks the two rows by lr * reg * row, inside the step."""
    ratings = [(0, 0, 1.0), (0, 1, 2.0), (1, 0, 3.0), (0, 0, 1.0), (2, 1, 4.0)]
    check_epoch(solution, reference, ratings, P2, Q2, 0.1, reg)


def test_no_bias_term(solution, reference):
    """The prediction is p . q alone: no global mean or bias is added."""
    zeros = np.zeros((2, 3))
    check_epoch(solution, reference, [(0, 0, 4.0), (1, 1, 4.0)], zeros, np.ones((2, 3)), 0.1,
                0.0)
    check_epoch(solution, reference, [(0, 0, 3.0), (0, 1, 4.0), (1, 0, 2.0)], P2[:2], Q2, 0.1,
                0.02)


def test_untouched_rows_stay(solution, reference):
    """Listeners and tracks without ratings keep their rows exactly."""
    P = np.arange(12, dtype=float).reshape(6, 2) / 10
    Q = np.arange(10, dtype=float).reshape(5, 2) / -10
    check_epoch(solution, reference, [(3, 2, 1.0), (5, 2, 2.0), (3, 0, 4.0)], P, Q, 0.05, 0.1)


def test_one_factor(solution, reference):
    """f = 1 works like any other f."""
    check_epoch(solution, reference, [(0, 0, 2.0), (1, 0, 4.0), (0, 1, 1.0)],
                np.array([[0.5], [1.0]]), np.array([[1.0], [-1.0]]), 0.1, 0.05)


def test_medium_random_epoch(solution, reference):
    """5,000 ratings over 300 listeners and 200 tracks, 16 factors."""
    rng = random.Random(7)
    gen = np.random.default_rng(7)
    ratings = [(rng.randrange(300), rng.randrange(200), rng.choice([1.0, 2.0, 3.0, 4.0, 5.0]))
               for _ in range(5000)]
    P, Q = gen.normal(0, 0.1, (300, 16)), gen.normal(0, 0.1, (200, 16))
    with solution.time_limit(60):
        check_epoch(solution, reference, ratings, P, Q, 0.01, 0.02)


INVALID = {
    "a listener id == len(P)": ([(0, 0, 3.0), (3, 1, 2.0)], P2, Q2),
    "a negative listener id": ([(-1, 0, 3.0)], P2, Q2),
    "a track id == len(Q)": ([(1, 2, 3.0)], P2, Q2),
    "a negative track id": ([(0, 1, 3.0), (1, -2, 3.0)], P2, Q2),
    "P and Q with different numbers of columns": ([(0, 0, 3.0)], P2, np.ones((2, 3))),
    "a 1-D P": ([(0, 0, 3.0)], np.array([1.0, 0.5]), Q2),
}


@pytest.mark.parametrize("reason", list(INVALID))
def test_invalid_arguments_raise(solution, reason):
    """Ids outside the rows of P or Q (negative ones too) or mismatched P, Q raise ValueError."""
    ratings, P, Q = INVALID[reason]
    expect_raises(solution, ValueError, ratings, P, Q, 0.1, 0.02, reason=reason)
