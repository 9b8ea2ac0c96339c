"""Hand-picked edge cases, each compared with the reference by ``check`` (tests/checks.py)."""

import random

from checks import check
from judge.testing import cases, raising

check_example = check  # checks the statement's examples too


def ladder(rungs, width=3, prefix=""):
    """User i plays tracks i .. i+width-1: it unravels one rung per filtering pass."""
    return [(f"{prefix}u{i:03d}", f"{prefix}t{i + k:03d}", 1 + (i + k) % 4)
            for i in range(rungs) for k in range(width)]


SQUARE = [("u1", "t1", 1), ("u1", "t2", 2), ("u2", "t1", 3), ("u2", "t2", 4)]
APART = [("u1", "t1", 1), ("u2", "t2", 1)]
CORE = [(f"c{i}", f"k{j}", 1) for i in range(3) for j in range(3)]

test_edge_case = cases(
    "Edge cases: sums, distinct degrees, cascades, sorting, thresholds 0, empty results.", {
    "empty-events": ([], 2, 3),
    "empty-events-zero-thresholds": ([], 0, 0),
    "zero-thresholds-keep-everything": ([("u1", "t1", 1), ("u2", "t2", 5), ("u2", "t3", 1)], 0, 0),
    "one-thresholds-keep-everything": ([("u1", "t1", 1), ("u2", "t2", 5), ("u1", "t1", 2)], 1, 1),
    "single-event": ([("only-user", "only-track", 7)], 1, 1),
    "duplicates-are-summed": ([("u1", "t1", 2), ("u1", "t1", 3), ("u2", "t1", 1), ("u1", "t2", 4),
                               ("u2", "t2", 1), ("u2", "t2", 1)], 2, 2),
    "duplicates-count-once-for-degree": ([("u1", "t1", 1), ("u1", "t1", 1), ("u1", "t1", 1),
                                          ("u2", "t1", 1), ("u2", "t2", 1)], 2, 1),
    "plays-do-not-count-for-degree": ([("u1", "t1", 50), ("u2", "t1", 1), ("u2", "t2", 1),
                                       ("u3", "t2", 1), ("u3", "t1", 1)], 2, 2),
    "exactly-at-threshold-stays": (SQUARE, 2, 2),
    "one-below-threshold-goes": (SQUARE, 3, 2),
    "user-threshold-only": ([("u1", "t1", 1), ("u1", "t2", 1), ("u2", "t1", 1)], 2, 0),
    "track-threshold-only": ([("u1", "t1", 1), ("u1", "t2", 1), ("u2", "t1", 1)], 0, 2),
    "thresholds-not-swapped": ([(u, t, 1) for u in ("u1", "u2") for t in ("t1", "t2", "t3")]
                               + [("u3", "t1", 1)], 3, 2),
    "cascade-needs-repeating": (ladder(12), 3, 3),
    "cascade-from-both-ends": (ladder(10, 2), 2, 2),
    "cascade-leaves-a-core": (ladder(8) + CORE, 3, 3),
    "user-left-without-tracks-is-not-a-row": ([("u1", "t1", 1), ("u2", "t1", 1), ("u2", "t2", 1),
                                               ("u3", "t2", 1), ("u3", "t1", 1), ("u4", "t3", 2)],
                                              0, 2),
    "track-left-without-users-is-not-a-column": ([("u1", "t1", 1), ("u1", "t2", 1),
                                                  ("u2", "t3", 4)], 2, 0),
    "everything-peeled-with-zero-item-threshold": (APART, 2, 0),
    "everything-peeled-with-zero-user-threshold": (APART, 0, 2),
    "huge-thresholds": (SQUARE, 10**6, 10**6),
    "rows-sorted-by-id": ([("u9", "t1", 1), ("u10", "t1", 2), ("U1", "t1", 3), ("a", "t1", 4),
                           ("", "t1", 5)], 1, 1),
    "columns-sorted-by-id": ([("u1", "t9", 1), ("u1", "t10", 2), ("u1", "T1", 3), ("u1", "é", 4),
                              ("u1", "", 5)], 1, 1),
    "ids-in-reverse-order": ([(f"u{9 - i}", f"t{9 - j}", i + j + 1) for i in range(5)
                              for j in range(5) if (i + j) % 3], 2, 2),
    "large-play-counts": ([("u1", "t1", 2**40), ("u1", "t1", 2**40), ("u1", "t2", 3),
                           ("u2", "t1", 2**35), ("u2", "t2", 1)], 2, 2),
    "same-id-for-user-and-track": ([("x", "x", 1), ("x", "y", 2), ("y", "x", 3), ("y", "y", 4)],
                                   2, 2),
}, check=check)


def test_medium_log(solution, reference):
    """A log of 20,000 events with repeats and a ladder that peels one rung at a time."""
    rng = random.Random(7)
    users = [f"user{i}" for i in range(2500)]
    tracks = [f"track{i}" for i in range(1200)]
    events = [(rng.choice(users), rng.choice(tracks), rng.randint(1, 4)) for _ in range(19000)]
    events += ladder(330, prefix="chain-")
    rng.shuffle(events)
    with solution.time_limit(60):
        check(solution, reference, events, 4, 3)


test_invalid_arguments_raise = raising(
    "plays <= 0 anywhere, or a negative threshold, raises ValueError.", {
    "plays of 0": ([("u1", "t1", 1), ("u1", "t2", 0)], 1, 1),
    "negative plays": ([("u1", "t1", -2), ("u1", "t2", 3)], 0, 0),
    "plays of 0 on a row that would be peeled": ([*SQUARE, ("lonely", "t9", 0)], 2, 2),
    "plays of 0 after a positive row of the same pair": ([("u1", "t1", 3), ("u1", "t1", 0)],
                                                         0, 0),
    "negative min_user": ([("u1", "t1", 1)], -1, 0),
    "negative min_item": ([("u1", "t1", 1)], 0, -3),
    "negative min_user with no events": ([], -1, 2),
    "negative min_item with no events": ([], 2, -1),
})
