"""Hand-picked edge cases, each checked by ``check_recs`` (tests/checks.py)."""

import random

import numpy as np

from checks import check_exact, check_raises, check_recs, play_matrix
from judge.testing import Call, cases

check_example = check_exact  # the statement's examples: every score is exact

FIRST_ROWS = [[3, 1, 0, 0, 0], [1, 0, 2, 0, 0], [0, 1, 0, 4, 0], [2, 0, 2, 1, 0]]
FIRST = play_matrix(FIRST_ROWS)
# A hugely played track (1) that everyone plays, and a niche one (2) that goes with 0.
NICHE = play_matrix([[2, 0, 0], [1, 5, 1], [0, 5, 0], [0, 5, 0], [1, 0, 1]])
# Every column has norm 1, 2 or 4, so every score is an exact binary fraction:
# track 3 scores 3/4, tracks 1, 2 and 6 exactly 1/2, track 4 zero.
TIES = play_matrix([[1, 0, 0, 0, 0, 1, 0], [1, 1, 0, 1, 0, 0, 0], [1, 0, 2, 1, 0, 0, 0],
                    [1, 0, 0, 1, 0, 0, 1], [0, 0, 0, 1, 4, 0, 0]])
# Listener 0 plays only track 0 (four listeners, norm 2). Every 7th track is played
# once by listeners 1..4 (score exactly 3/4); the others once by one of listeners
# 1..3, 1, 2 or 4 times (score exactly 1/2): 42 tracks tie.
MANY_TIES = play_matrix([[int(u < 4)] + [int(t % 7 == 0 and u > 0) or (u == 1 + t % 3) * [
    1, 2, 4][t % 3] for t in range(1, 49)] for u in range(5)])
ZERO_SCORES = play_matrix([[1, 0, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0], [0, 0, 1, 1, 0, 0],
                           [0, 0, 0, 1, 1, 1]])
USER_BASED = play_matrix([[1, 2, 0, 0, 0], [1, 0, 3, 0, 1], [0, 2, 0, 1, 0], [3, 0, 0, 0, 1],
                          [0, 1, 1, 1, 0]])
FRACTIONAL = play_matrix([[0.5, 2.25, 0, 0], [1.5, 0, 0.75, 0], [0, 0.125, 3.5, 1.0],
                          [2.0, 0, 0, 0.5]], dtype=np.float64)

test_invalid_arguments_raise = cases(
    "A negative n, or a user that is not a row of R, raises ValueError.", {
    "n-minus-one": Call(FIRST, 0, -1, reason="n = -1"),
    "n-very-negative": Call(FIRST, 1, -10**9, reason="n = -10**9"),
    "user-equals-rows": Call(FIRST, 4, 3, reason="user 4 of a matrix with 4 rows (0..3)"),
    "user-minus-one": Call(FIRST, -1, 3, reason="user -1 (negative indexing does not apply)"),
    "user-minus-rows": Call(FIRST, -4, 3, reason="user -4"),
    "user-far-out": Call(FIRST, 10, 3, reason="user 10, far outside the rows"),
    "no-listeners": Call(play_matrix([], 3), 0, 5, reason="user 0 of a matrix with no rows"),
}, check=check_raises)

test_edge_case = cases(
    "Edge cases: n = 0, no plays, all-zero columns (similarity 0, never nan), stored zeros"
    " (not plays), played tracks and score 0 left out, the cosine weighted by the plays.", {
    "n-zero": (FIRST, 0, 0),
    "n-zero-other-user": (FIRST, 3, 0),
    "n-zero-small": (play_matrix([[1, 1], [1, 0]]), 1, 0),
    # a listener who played nothing has score 0 everywhere: []
    "last-row-empty": (play_matrix([[1, 1, 0], [0, 0, 0]]), 1, 5),
    "first-row-empty": (play_matrix([[0, 0, 0], [2, 1, 3], [1, 0, 1]]), 0, 5),
    "single-zero": (play_matrix([[0]]), 0, 5),
    # a track nobody played has similarity 0 to everything, not nan
    "last-column-empty": (play_matrix([[1, 0, 1, 0], [1, 1, 0, 0], [0, 1, 1, 0]]), 0, 5),
    "middle-column-empty": (play_matrix([[1, 0, 0, 2], [0, 0, 0, 1], [3, 0, 1, 0]]), 2, 5),
    "two-empty-columns": (play_matrix([[0, 2, 0, 0, 1], [0, 1, 3, 0, 0], [0, 0, 1, 0, 2]]), 0, 2),
    # a stored 0 is not a play, and a column of stored zeros is an all-zero column
    **{name: (play_matrix(rows, stored_zeros=zeros), 0, 5) for name, rows, zeros in [
        ("users-own-stored-zero", [[1, 0, 0], [1, 1, 0], [0, 1, 1]], [(0, 1)]),
        ("two-stored-zeros", [[2, 0, 1], [1, 3, 0], [0, 1, 2]], [(0, 1), (1, 2)]),
        ("stored-zero-in-empty-column", [[1, 0, 0, 0], [1, 1, 0, 0], [0, 1, 0, 0]],
         [(1, 3), (2, 3)]),
        ("stored-zeros-in-users-empty-column", [[1, 0, 0], [1, 1, 0], [1, 0, 0]],
         [(0, 2), (1, 2)])]},
    # played tracks never come back, even with the highest scores; score 0 never fills up
    "played-score-highest": (play_matrix([[4, 4, 4, 0], [4, 4, 4, 1], [4, 4, 4, 0],
                                          [0, 0, 1, 1]]), 0, 5),
    "all-played": (play_matrix([[1, 2, 3], [3, 2, 1]]), 0, 5),
    "zero-scores-n10": (ZERO_SCORES, 0, 10),
    "zero-scores-huge-n": (ZERO_SCORES, 2, 10**6),
    "one-listener": (play_matrix([[1, 0, 2, 0]]), 0, 5),
    "one-track-user-without-plays": (play_matrix([[1], [3], [0]]), 2, 5),
    "one-track": (play_matrix([[1], [3], [0]]), 0, 5),
    # the cosine of tracks' columns (not co-occurrence, not listeners), weighted by plays
    "cosine-not-co-occurrence": (NICHE, 0, 3),
    "weighted-by-plays": (play_matrix([[5, 1, 0, 0], [1, 0, 0, 1], [0, 1, 1, 0], [1, 0, 0, 0]]),
                          0, 3),
    "item-not-user-based": (NICHE, 0, 2),
    **{f"item-not-user-based-user{user}": (USER_BASED, user, 4) for user in range(5)},
    # play counts may be stored as other ints or as floats, and may be fractional
    **{f"{dtype.__name__}-user{user}": (play_matrix(FIRST_ROWS, dtype=dtype), user, 5)
       for dtype in (np.int32, np.float64, np.float32, np.uint16) for user in range(4)},
    **{f"fractional-user{user}": (FRACTIONAL, user, 4) for user in range(4)},
}, check=check_recs)

test_exact_ties_go_by_id = cases("Tracks with exactly the same score come in ascending id order.", {
    **{f"n{n}": (TIES, 0, n) for n in (1, 2, 3, 4, 7)},
    **{f"many-ties-n{n}": (MANY_TIES, 0, n) for n in (10, 30, 60)},
}, check=check_exact)


def test_medium_random_matrix(solution, reference):
    """A random 400 x 150 matrix at 5% density, several listeners."""
    rng = random.Random(7)
    rows = [[rng.choice([1, 1, 2, 3, 7]) if rng.random() < 0.05 else 0 for _ in range(150)]
            for _ in range(400)]
    R = play_matrix(rows)
    with solution.time_limit(60):
        for user in (0, 17, 399):
            check_recs(solution, reference, R, user, 20)
