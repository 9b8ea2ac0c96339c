"""The statement's examples and hand-picked edge cases.

Each answer is checked against the reference: track ids must be Python ints,
played tracks and tracks of score 0 never appear, and the order is by score
(scores within 1e-9 relative may swap; where every score is exact, as in the
examples, ties go by ascending id).
"""

import random

import numpy as np
import pytest

from checks import check_recs, play_matrix, settled
from judge.testing import cases, expect_raises, pasteable

FIRST = [[3, 1, 0, 0, 0], [1, 0, 2, 0, 0], [0, 1, 0, 4, 0], [2, 0, 2, 1, 0]]


def check_example(solution, reference, R, user, n):
    check_recs(solution, reference, settled(R), user, n, exact=True)


@pytest.mark.parametrize(("rows", "user", "n", "reason"), [
    (FIRST, 0, -1, "n = -1"),
    (FIRST, 1, -10**9, "n = -10**9"),
    (FIRST, 4, 3, "user 4 of a matrix with 4 rows (0..3)"),
    (FIRST, -1, 3, "user -1 (negative indexing does not apply)"),
    (FIRST, -4, 3, "user -4"),
    (FIRST, 10, 3, "user 10, far outside the rows"),
], ids=["n-minus-one", "n-very-negative", "user-equals-rows", "user-minus-one",
        "user-minus-rows", "user-far-out"])
def test_invalid_arguments_raise(solution, rows, user, n, reason):
    """A negative n, or a user that is not a row of R, raises ValueError."""
    with pasteable(solution):
        expect_raises(solution, ValueError, play_matrix(rows), user, n, reason=reason)


def test_no_listeners_raises(solution):
    """With no rows at all, every user is invalid: ValueError."""
    with pasteable(solution):
        expect_raises(solution, ValueError, play_matrix([], 3), 0, 5,
                      reason="user 0 of a matrix with no rows")


test_n_zero_gives_empty = cases("n = 0 gives [].", {
    "n-zero": (play_matrix(FIRST), 0, 0),
    "n-zero-other-user": (play_matrix(FIRST), 3, 0),
    "n-zero-small": (play_matrix([[1, 1], [1, 0]]), 1, 0),
}, check=check_recs)


test_user_without_plays_gets_nothing = cases(
    "A listener who played nothing has score 0 everywhere: [].", {
    "last-row-empty": (play_matrix([[1, 1, 0], [0, 0, 0]]), 1, 5),
    "first-row-empty": (play_matrix([[0, 0, 0], [2, 1, 3], [1, 0, 1]]), 0, 5),
    "single-zero": (play_matrix([[0]]), 0, 5),
}, check=check_recs)


test_unplayed_track_has_similarity_zero = cases(
    "A track nobody played (an all-zero column) has similarity 0 to everything, not nan.", {
    "last-column-empty": (play_matrix([[1, 0, 1, 0], [1, 1, 0, 0], [0, 1, 1, 0]]), 0, 5),
    "middle-column-empty": (play_matrix([[1, 0, 0, 2], [0, 0, 0, 1], [3, 0, 1, 0]]), 2, 5),
    "two-empty-columns": (play_matrix([[0, 2, 0, 0, 1], [0, 1, 3, 0, 0], [0, 0, 1, 0, 2]]), 0, 2),
}, check=check_recs)


@pytest.mark.parametrize(("rows", "stored_zeros", "user"), [
    ([[1, 0, 0], [1, 1, 0], [0, 1, 1]], [(0, 1)], 0),
    ([[2, 0, 1], [1, 3, 0], [0, 1, 2]], [(0, 1), (1, 2)], 0),
    ([[1, 0, 0, 0], [1, 1, 0, 0], [0, 1, 0, 0]], [(1, 3), (2, 3)], 0),
    ([[1, 0, 0], [1, 1, 0], [1, 0, 0]], [(0, 2), (1, 2)], 0),
], ids=["users-own-stored-zero", "two-stored-zeros", "stored-zero-in-empty-column",
        "stored-zeros-in-users-empty-column"])
def test_stored_zero_is_not_a_play(solution, reference, rows, stored_zeros, user):
    """A stored 0 is not a play, and a column of stored zeros has similarity 0.

    The track can be recommended, and the column is still an all-zero column
    (similarity 0, never nan)."""
    check_recs(solution, reference, play_matrix(rows, stored_zeros=stored_zeros), user, 5)


def test_played_tracks_are_excluded(solution, reference):
    """Tracks the user played are never recommended, even with the highest scores."""
    R = play_matrix([[4, 4, 4, 0], [4, 4, 4, 1], [4, 4, 4, 0], [0, 0, 1, 1]])
    check_recs(solution, reference, R, 0, 5)
    check_recs(solution, reference, play_matrix([[1, 2, 3], [3, 2, 1]]), 0, 5)


def test_zero_scores_never_fill_up(solution, reference):
    """Only tracks with score > 0 are candidates, however large n is."""
    R = play_matrix([[1, 0, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0], [0, 0, 1, 1, 0, 0],
                     [0, 0, 0, 1, 1, 1]])
    check_recs(solution, reference, R, 0, 10)
    check_recs(solution, reference, R, 2, 10**6)


def test_cosine_not_co_occurrence(solution, reference):
    """Similarity is the cosine, not raw co-occurrence: it divides by the column norms.

    A hugely played track that everyone plays is not more similar than a niche
    track that always goes along."""
    R = play_matrix([[2, 0, 0], [1, 5, 1], [0, 5, 0], [0, 5, 0], [1, 0, 1]])
    check_recs(solution, reference, R, 0, 3)


def test_weighted_by_the_users_plays(solution, reference):
    """Each similarity is weighted by how often the user played that track."""
    R = play_matrix([[5, 1, 0, 0], [1, 0, 0, 1], [0, 1, 1, 0], [1, 0, 0, 0]])
    check_recs(solution, reference, R, 0, 3)


def test_item_based_not_user_based(solution, reference):
    """Similarity is between tracks (columns), not between listeners (rows)."""
    R = play_matrix([[2, 0, 0], [1, 5, 1], [0, 5, 0], [0, 5, 0], [1, 0, 1]])
    check_recs(solution, reference, R, 0, 2)
    R = play_matrix([[1, 2, 0, 0, 0], [1, 0, 3, 0, 1], [0, 2, 0, 1, 0], [3, 0, 0, 0, 1],
                     [0, 1, 1, 1, 0]])
    for user in range(5):
        check_recs(solution, reference, R, user, 4)


@pytest.mark.parametrize("dtype", [np.int32, np.float64, np.float32, np.uint16],
                         ids=["int32", "float64", "float32", "uint16"])
def test_other_value_types(solution, reference, dtype):
    """Play counts may be stored as other ints or as floats."""
    R = play_matrix([[3, 1, 0, 0, 0], [1, 0, 2, 0, 0], [0, 1, 0, 4, 0], [2, 0, 2, 1, 0]],
                    dtype=dtype)
    for user in range(4):
        check_recs(solution, reference, R, user, 5)


def test_fractional_plays(solution, reference):
    """Values need not be whole numbers (e.g. plays weighted by completion)."""
    R = play_matrix([[0.5, 2.25, 0, 0], [1.5, 0, 0.75, 0], [0, 0.125, 3.5, 1.0],
                     [2.0, 0, 0, 0.5]], dtype=np.float64)
    for user in range(4):
        check_recs(solution, reference, R, user, 4)


def test_exact_ties_go_by_id(solution, reference):
    """Tracks with exactly the same score come in ascending id order."""
    # every column has norm 1, 2 or 4, so every score is an exact binary fraction:
    # track 3 scores 3/4, tracks 1, 2 and 6 exactly 1/2, track 4 zero
    R = play_matrix([[1, 0, 0, 0, 0, 1, 0], [1, 1, 0, 1, 0, 0, 0], [1, 0, 2, 1, 0, 0, 0],
                     [1, 0, 0, 1, 0, 0, 1], [0, 0, 0, 1, 4, 0, 0]])
    for n in (1, 2, 3, 4, 7):
        check_recs(solution, reference, R, 0, n, exact=True)


def test_many_exact_ties_go_by_id(solution, reference):
    """Among many tracks with exactly the same score, the order is ascending id."""
    # Listener 0 plays only track 0 (four listeners, norm 2). Every 7th track is
    # played once by listeners 1..4 (score exactly 3/4); the others once by one of
    # listeners 1..3, 1, 2 or 4 times (score exactly 1/2): 42 tracks tie.
    rows = [[1 if u < 4 else 0] + [0] * 48 for u in range(5)]
    for track in range(1, 49):
        if track % 7 == 0:
            for u in (1, 2, 3, 4):
                rows[u][track] = 1
        else:
            rows[1 + track % 3][track] = [1, 2, 4][track % 3]
    for n in (10, 30, 60):
        check_recs(solution, reference, play_matrix(rows), 0, n, exact=True)


def test_single_listener_or_track(solution, reference):
    """One listener: nothing unplayed shares a listener; one track: nothing to recommend."""
    check_recs(solution, reference, play_matrix([[1, 0, 2, 0]]), 0, 5)
    check_recs(solution, reference, play_matrix([[1], [3], [0]]), 2, 5)
    check_recs(solution, reference, play_matrix([[1], [3], [0]]), 0, 5)


def test_medium_random_matrix(solution, reference):
    """A random 400 x 150 matrix at 5% density, several listeners."""
    rng = random.Random(7)
    rows = [[rng.choice([1, 1, 2, 3, 7]) if rng.random() < 0.05 else 0 for _ in range(150)]
            for _ in range(400)]
    R = play_matrix(rows)
    with solution.time_limit(60):
        for user in (0, 17, 399):
            check_recs(solution, reference, R, user, 20)
