"""The statement's examples and hand-picked edge cases."""

import random

import pytest

from judge.testing import agree, cases, expect_raises


def test_empty_events(solution, reference):
    """No events give []."""
    agree(solution, reference, [], 30)


@pytest.mark.parametrize("window", [-1, -30])
def test_negative_window_raises(solution, window):
    """A negative window raises ValueError, even with no events."""
    expect_raises(solution, ValueError, [(0, "u", "t")], window, reason=f"window_s={window}")
    expect_raises(solution, ValueError, [], window, reason=f"window_s={window} with no events")


test_window_zero_keeps_everything = cases(
    "window_s = 0 keeps every event, even repeats at the same second.", {
    "same-second": ([(0, 'u', 't'), (0, 'u', 't'), (1, 'u', 't')], 0),
    "two-users": ([(3, 'u', 't'), (3, 'u', 't'), (3, 'v', 't'), (3, 'v', 't')], 0),
})


test_window_boundary = cases(
    "An event exactly window_s after the kept one is kept (kept_ts > ts - window_s drops).", {
    "exactly-window": ([(0, "u", "t"), (30, "u", "t")], 30),
    "one-before": ([(0, "u", "t"), (29, "u", "t"), (30, "u", "t")], 30),
    "window-1": ([(0, "u", "t"), (1, "u", "t")], 1),
    "negative-ts": ([(-10, "u", "t"), (-5, "u", "t"), (0, "u", "t")], 10),
})


test_window_runs_from_last_kept = cases(
    "A burst of replays does not extend the window: it runs from the last KEPT event.", {
    "every-20s": ([(t, "u", "t") for t in (0, 20, 40, 60, 80)], 30),
    "every-10s": ([(t, "u", "t") for t in (0, 10, 20, 30, 40)], 25),
    "every-3s": ([(i, "u", "t") for i in range(0, 100, 3)], 10),
})


@pytest.mark.parametrize("events", [
    [(0, "ana", "t1"), (1, "bo", "t1"), (2, "ana", "t2"), (3, "bo", "t2")],
    [(0, "ana", "t1"), (1, "ana", "t2"), (2, "ana", "t1"), (3, "bo", "t1")],
    [(0, "t1", "ana"), (1, "ana", "t1")],
    [(0, "ab", "c"), (1, "a", "bc"), (2, "abc", ""), (3, "", "abc")],
    [(0, "a|b", "c"), (1, "a", "b|c"), (2, "a", "b"), (3, "a", "b")],
], ids=["users-share-track", "user-plays-two", "swapped", "glued-strings", "separator"])
def test_key_is_the_pair(solution, reference, events):
    """Only the same (user, track) pair is a replay; other users or tracks are unrelated."""
    agree(solution, reference, events, 60)


def test_unicode_and_empty_ids(solution, reference):
    """Any string is an id, including empty and non-ASCII ones."""
    events = [(0, "", ""), (1, "é", "e"), (2, "", ""), (3, "e", "é"), (4, "é", "e")]
    agree(solution, reference, events, 5)


def test_big_window(solution, reference):
    """A window longer than the whole stream keeps only the first play of each pair."""
    events = [(t, f"u{t % 3}", f"t{t % 5}") for t in range(40)]
    agree(solution, reference, events, 10**9)


def test_many_events(solution, reference):
    """A stream of 20,000 events from a few listeners."""
    rng = random.Random(7)
    ts = sorted(rng.randrange(0, 50_000) for _ in range(20_000))
    events = [(t, f"u{rng.randrange(20)}", f"t{rng.randrange(5)}") for t in ts]
    with solution.time_limit(60):
        agree(solution, reference, events, 600)
