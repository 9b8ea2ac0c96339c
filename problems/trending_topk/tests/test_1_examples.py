"""The statement's examples and hand-picked edge cases."""

import random

import pytest

from checks import check_trending
from judge.testing import cases, expect_raises

PLAYS = [(0, "a"), (10, "b"), (20, "a"), (30, "c"), (40, "b"), (50, "b")]


check_example = check_trending  # checks the statement's examples too


@pytest.mark.parametrize(("window", "k"), [(-1, 2), (10, -1), (-5, -5)],
                         ids=["window", "k", "both"])
def test_negative_arguments_raise(solution, window, k):
    """A negative window_s or k raises ValueError, even with no events or queries."""
    reason = f"window_s={window}, k={k}"
    expect_raises(solution, ValueError, PLAYS, [20, 45], window, k, reason=reason)
    expect_raises(solution, ValueError, [], [], window, k, reason=reason + " (no input)")


test_empty_inputs = cases("No queries give []; a query with nothing in its window gives [].", {
    "nothing": ([], [], 10, 3),
    "no-events": ([], [0, 5], 10, 3),
    "no-queries": (PLAYS, [], 10, 3),
    "query-before-play": ([(3, 'a')], [0], 10, 3),
}, check=check_trending)


def test_k_zero(solution, reference):
    """k = 0 gives [] for every query."""
    check_trending(solution, reference, PLAYS, [20, 45, 60], 30, 0)


def test_window_zero(solution, reference):
    """window_s = 0 makes every window empty: every answer is []."""
    check_trending(solution, reference, PLAYS, [0, 10, 20, 25, 50], 0, 3)


@pytest.mark.parametrize("queries", [[9, 10, 11], [19, 20, 21], [29, 30, 31]],
                         ids=["entering", "at-window", "after"])
def test_window_edges(solution, reference, queries):
    """A play at t is in the window; a play exactly window_s old has left it."""
    events = [(10, "x"), (10, "x"), (20, "y"), (30, "z")]
    check_trending(solution, reference, events, queries, 10, 3)


def test_window_one(solution, reference):
    """window_s = 1 holds exactly the plays at the query's own second."""
    events = [(0, "a"), (1, "b"), (1, "b"), (2, "a"), (2, "c")]
    check_trending(solution, reference, events, [0, 1, 2, 3], 1, 2)


test_ties_by_ascending_id = cases(
    "Equal counts go by ascending id (plain string order), also at the k-th place.", {
    "t10-before-t9": ([(0, 't9'), (1, 't10'), (2, 't1')], [10], 100, 2),
    "case-and-empty": ([(0, 'b'), (0, 'a'), (1, 'B'), (1, '')], [10], 100, 4),
    "tie-at-the-cut": ([(0, 'z'), (1, 'y'), (2, 'x'), (3, 'x'), (4, 'y')], [10], 100, 1),
    "unicode": ([(0, 'é'), (1, 'e'), (2, 'f')], [10], 100, 2),
}, check=check_trending)


def test_counts_drop_when_plays_leave(solution, reference):
    """A track that was hot earlier drops out of the shelf once its plays leave the window."""
    events = [(0, "old"), (1, "old"), (2, "old"), (10, "new"), (11, "mid"), (12, "new"),
              (13, "mid"), (14, "mid")]
    check_trending(solution, reference, events, [5, 11, 12, 13, 14, 20, 30], 10, 2)


def test_fewer_tracks_than_k(solution, reference):
    """Fewer than k tracks in the window give a shorter list, never a track with 0 plays."""
    events = [(0, "a"), (1, "b"), (2, "c"), (8, "c")]
    check_trending(solution, reference, events, [2, 7, 8, 11, 20], 5, 3)


def test_repeated_query_times(solution, reference):
    """Each query gets its own answer, also when the same time is asked again."""
    check_trending(solution, reference, PLAYS, [20, 20, 45, 45, 45, 60], 30, 2)


def test_queries_before_and_after_the_log(solution, reference):
    """Queries before the first play and long after the last one give []."""
    check_trending(solution, reference, PLAYS, [-100, -1, 0, 50, 79, 80, 1000], 30, 2)


def test_negative_times(solution, reference):
    """Timestamps and query times may be negative."""
    events = [(-30, "a"), (-25, "b"), (-20, "a"), (-5, "b"), (0, "b")]
    check_trending(solution, reference, events, [-25, -20, -10, -5, 0, 5], 10, 2)


def test_same_second_in_any_track_order(solution, reference):
    """Plays at the same second may come in any track order; each one counts."""
    events = [(5, "c"), (5, "b"), (5, "a"), (5, "b"), (6, "a"), (6, "a"), (6, "c")]
    check_trending(solution, reference, events, [5, 6, 7], 2, 3)


def test_huge_k_and_window(solution, reference):
    """A k beyond the number of tracks returns them all; a huge window keeps everything."""
    events = [(t, f"t{(t * 7) % 5}") for t in range(40)]
    check_trending(solution, reference, events, [0, 10, 39, 100], 10**9, 10**9)


def test_many_plays(solution, reference):
    """20,000 plays, 200 refreshes, a window of about 3,000 plays, k = 5."""
    rng = random.Random(3)
    times = sorted(rng.randrange(0, 60_000) for _ in range(20_000))
    tracks = [f"track{int(rng.paretovariate(1.2)) % 300}" for _ in times]
    queries = sorted(rng.randrange(0, 62_000) for _ in range(200))
    with solution.time_limit(60):
        check_trending(solution, reference, list(zip(times, tracks, strict=True)), queries,
                       9000, 5)
