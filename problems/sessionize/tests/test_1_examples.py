"""The statement's examples and hand-picked edge cases."""

import random

import pytest

from judge.testing import agree, cases, expect_raises


def test_empty_events(solution, reference):
    """No events give []."""
    agree(solution, reference, [], 1800)
    agree(solution, reference, [])


@pytest.mark.parametrize("gap", [-1, -1800])
def test_negative_gap_raises(solution, gap):
    """A negative gap_s raises ValueError, even with no events."""
    expect_raises(solution, ValueError, [("u", 0), ("u", 5)], gap, reason=f"gap_s={gap}")
    expect_raises(solution, ValueError, [], gap, reason=f"gap_s={gap} with no events")


test_default_gap_is_1800 = cases("gap_s defaults to 1800 seconds.", {
    "exactly-1800-then-1801": ([("u", 0), ("u", 1800), ("u", 3601)],),
    "just-under": ([("u", 0), ("u", 1799), ("u", 3600), ("u", 5401)],),
    "unsorted": ([("u", 5000), ("u", 0), ("u", 3200)],),
})


test_gap_boundary = cases(
    "A gap of exactly gap_s stays in the session; only a larger gap starts a new one.", {
    "exactly-gap": ([("u", 0), ("u", 30)], 30),
    "gap-then-gap-plus-1": ([("u", 0), ("u", 30), ("u", 61)], 30),
    "gap-1": ([("u", 0), ("u", 1), ("u", 2), ("u", 4)], 1),
    "negative-ts": ([("u", -20), ("u", -10), ("u", 0), ("u", 11)], 10),
})


test_gap_zero = cases("gap_s = 0 keeps together only a user's events at the same second.", {
    "pairs": ([('u', 5), ('u', 5), ('u', 6), ('u', 6)], 0),
    "two-users": ([('v', 3), ('u', 3), ('v', 3), ('u', 3)], 0),
    "all-equal": ([('u', 7)] * 4, 0),
})


test_ids_by_user_then_time = cases(
    "Ids go by (user, first timestamp): users in string order, not by first appearance.", {
    "later-user-first": ([('bo', 0), ('ana', 100)], 1800),
    "ana-twice": ([('bo', 0), ('ana', 5000), ('ana', 0)], 1800),
    "string-order": ([('u9', 0), ('u10', 0), ('B', 0), ('a', 0), ('', 0)], 1800),
    "unicode": ([('é', 0), ('e', 0), ('f', 0), ('E', 0)], 1800),
})


test_users_are_separate = cases(
    "Each user's gaps are measured between that user's own events only.", {
    "alternating": ([('ana', 0), ('bo', 10), ('ana', 20), ('bo', 30)], 60),
    "bo-first-in-time": ([('ana', 100), ('bo', 0), ('bo', 200), ('ana', 300)], 60),
    "interleaved": ([('bo', 0), ('ana', 90), ('bo', 100), ('ana', 150), ('bo', 500)], 60),
})


test_unsorted_input = cases(
    "The input is in any order: gaps are taken in time order, answers in input order.", {
    "reversed": ([('u', 300), ('u', 0), ('u', 100), ('u', 200)], 1800),
    "with-another-user": ([('u', 2000), ('v', 0), ('u', 0), ('u', 1000)], 1800),
    "two-sessions-mixed": ([('u', 0), ('u', 5000), ('u', 100), ('u', 5100)], 1800),
})


def test_big_gap_gives_one_session_per_user(solution, reference):
    """A gap larger than any silence gives one session per user."""
    events = [(f"u{i % 4}", (i * 7919) % 1000) for i in range(40)]
    agree(solution, reference, events, 10**9)


def test_many_events(solution, reference):
    """3,000 shuffled events from 30 listeners over a day."""
    rng = random.Random(11)
    events = [(f"user{rng.randrange(30)}", rng.randrange(0, 86_400)) for _ in range(3000)]
    with solution.time_limit(60):
        agree(solution, reference, events, 1800)
