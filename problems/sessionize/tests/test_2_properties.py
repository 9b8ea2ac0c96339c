"""Hypothesis properties, against the reference and on their own."""

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import WrongAnswer, agree, agrees, returned

# Few users and close timestamps make equal times, boundary gaps
# (later - earlier == gap_s) and interleaved users common.
USERS = st.sampled_from(["ana", "bo", "", "B", "u10", "u9"])
events_lists = st.lists(st.tuples(USERS, st.integers(-5, 30)), max_size=20)
gaps = st.integers(0, 8)


test_matches_reference = agrees(
    "Sessions split at gaps > gap_s; ids numbered by (user, first timestamp).",
    events=events_lists, gap=gaps)


@given(events=st.lists(st.tuples(st.text(max_size=2), st.integers(-10**12, 10**12)),
                       max_size=15),
       gap=st.integers(0, 10**12))
def test_arbitrary_ids_and_times(solution, reference, events, gap):
    """Any string is a user id and any int a timestamp."""
    agree(solution, reference, events, gap)


@given(events=events_lists, gap=gaps)
def test_sessions_are_valid(solution, events, gap):
    """Each user's sessions split exactly at gaps > gap_s and are numbered by (user, first ts)."""
    got = returned(solution, events, gap)
    call = solution.last_call

    def fail(reason):
        raise WrongAnswer(reason, call=call, actual=got)

    if len(got) != len(events):
        fail(f"the result has {len(got)} ids for {len(events)} events: one id per event,"
             " in input order")
    if sorted(set(got)) != list(range(len(set(got)))):
        fail("the session ids must be exactly 0, 1, ..., (number of sessions - 1)")
    order = sorted(range(len(events)), key=lambda i: events[i])
    for a, b in pairwise(order):
        (user_a, ts_a), (user_b, ts_b) = events[a], events[b]
        if user_a != user_b:
            if got[a] == got[b]:
                fail(f"events {a} {events[a]!r} and {b} {events[b]!r} share session"
                     f" {got[a]}, but sessions never span users")
            continue
        gap_ab = ts_b - ts_a
        if gap_ab > gap and got[a] == got[b]:
            fail(f"events {a} {events[a]!r} and {b} {events[b]!r} are neighbours in time,"
                 f" {gap_ab} s apart (> gap_s = {gap}), so they must be in different sessions")
        if gap_ab <= gap and got[a] != got[b]:
            fail(f"events {a} {events[a]!r} and {b} {events[b]!r} are neighbours in time,"
                 f" {gap_ab} s apart (<= gap_s = {gap}), so they must share a session")
    first = {}
    for i in order:
        first.setdefault(got[i], events[i])
    starts = [first[s] for s in range(len(first))]
    for s in range(1, len(starts)):
        if starts[s - 1] > starts[s]:
            fail(f"session {s - 1} starts at {starts[s - 1]!r} and session {s} at"
                 f" {starts[s]!r}: ids must be numbered by (user, first timestamp)")


@given(events=events_lists, gap=gaps, seed=st.randoms(use_true_random=False))
def test_order_of_input_does_not_matter(solution, events, gap, seed):
    """Shuffling the events shuffles the answer the same way: ids do not depend on input order."""
    got = returned(solution, events, gap)
    perm = list(range(len(events)))
    seed.shuffle(perm)
    shuffled = [events[p] for p in perm]
    again = returned(solution, shuffled, gap)
    want = [got[p] for p in perm]
    if again != want:
        raise WrongAnswer("the same events in another order must get the same session ids"
                          f" (each event keeps its id); for the original order the ids were"
                          f" {got!r}", call=solution.last_call, expected=want, actual=again)


@given(events=events_lists, gap=gaps, shift=st.integers(-10**6, 10**6))
def test_shifting_time_changes_nothing(solution, events, gap, shift):
    """Adding the same number of seconds to every timestamp gives the same ids."""
    got = returned(solution, events, gap)
    moved = [(user, ts + shift) for user, ts in events]
    again = returned(solution, moved, gap)
    if again != got:
        raise WrongAnswer(f"moving every event by {shift} s must not change the sessions;"
                          f" before the shift the ids were {got!r}", call=solution.last_call,
                          expected=got, actual=again)
