"""The statement's examples and hand-picked edge cases, judged by check_trending."""

import random

from checks import check_trending
from judge.testing import cases, raising

PLAYS = [(0, "a"), (10, "b"), (20, "a"), (30, "c"), (40, "b"), (50, "b")]
EDGES = [(10, "x"), (10, "x"), (20, "y"), (30, "z")]
check_example = check_trending  # checks the statement's examples too


test_negative_arguments_raise = raising(
    "A negative window_s or k raises ValueError, even with no events or queries.", {
    **{f"window_s={w}, k={k}": (PLAYS, [20, 45], w, k) for w, k in [(-1, 2), (10, -1), (-5, -5)]},
    **{f"window_s={w}, k={k} (no input)": ([], [], w, k) for w, k in [(-1, 2), (10, -1), (-5, -5)]},
})

test_empty_answers = cases("No queries give []; a query with nothing in its window gives [];"
                           " k = 0 or window_s = 0 gives [] for every query.", {
    "nothing": ([], [], 10, 3),
    "no-events": ([], [0, 5], 10, 3),
    "no-queries": (PLAYS, [], 10, 3),
    "query-before-play": ([(3, 'a')], [0], 10, 3),
    "k-zero": (PLAYS, [20, 45, 60], 30, 0),
    "window-zero": (PLAYS, [0, 10, 20, 25, 50], 0, 3),
}, check=check_trending)

test_window_edges = cases("A play at t is in the window; a play window_s old has left it.", {
    "entering": (EDGES, [9, 10, 11], 10, 3),
    "at-window": (EDGES, [19, 20, 21], 10, 3),
    "after": (EDGES, [29, 30, 31], 10, 3),
    "window-one": ([(0, "a"), (1, "b"), (1, "b"), (2, "a"), (2, "c")], [0, 1, 2, 3], 1, 2),
}, check=check_trending)

test_ties_by_ascending_id = cases(
    "Equal counts go by ascending id (plain string order), also at the k-th place.", {
    "t10-before-t9": ([(0, 't9'), (1, 't10'), (2, 't1')], [10], 100, 2),
    "case-and-empty": ([(0, 'b'), (0, 'a'), (1, 'B'), (1, '')], [10], 100, 4),
    "tie-at-the-cut": ([(0, 'z'), (1, 'y'), (2, 'x'), (3, 'x'), (4, 'y')], [10], 100, 1),
    "unicode": ([(0, 'é'), (1, 'e'), (2, 'f')], [10], 100, 2),
}, check=check_trending)

test_window_slides = cases("Counts follow the window as plays enter and leave it.", {
    "old-hit-drops": ([(0, "old"), (1, "old"), (2, "old"), (10, "new"), (11, "mid"), (12, "new"),
                       (13, "mid"), (14, "mid")], [5, 11, 12, 13, 14, 20, 30], 10, 2),
    "few-no-zero-counts": ([(0, "a"), (1, "b"), (2, "c"), (8, "c")], [2, 7, 8, 11, 20], 5, 3),
    "repeated-query-times": (PLAYS, [20, 20, 45, 45, 45, 60], 30, 2),
    "before-and-after-the-log": (PLAYS, [-100, -1, 0, 50, 79, 80, 1000], 30, 2),
    "negative-times": ([(-30, "a"), (-25, "b"), (-20, "a"), (-5, "b"), (0, "b")],
                       [-25, -20, -10, -5, 0, 5], 10, 2),
    "same-second-any-order": ([(5, "c"), (5, "b"), (5, "a"), (5, "b"), (6, "a"), (6, "a"),
                               (6, "c")], [5, 6, 7], 2, 3),
    "huge-k-and-window": ([(t, f"t{(t * 7) % 5}") for t in range(40)], [0, 10, 39, 100], 10**9,
                          10**9),
}, check=check_trending)


def test_many_plays(solution, reference):
    """20,000 plays, 200 refreshes, a window of about 3,000 plays, k = 5."""
    rng = random.Random(3)
    times = sorted(rng.randrange(0, 60_000) for _ in range(20_000))
    tracks = [f"track{int(rng.paretovariate(1.2)) % 300}" for _ in times]
    queries = sorted(rng.randrange(0, 62_000) for _ in range(200))
    with solution.time_limit(60):
        check_trending(solution, reference, list(zip(times, tracks, strict=True)), queries,
                       9000, 5)
