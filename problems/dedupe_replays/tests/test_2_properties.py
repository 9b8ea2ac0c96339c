"""Hypothesis properties against the reference."""

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import WrongAnswer, agree, agrees, returned

# Few users, tracks and timestamps make replays, equal timestamps and
# boundary cases (ts - kept_ts == window_s) common, which is where the mistakes are.
USERS = st.sampled_from(["ana", "bo", "", "ab"])
TRACKS = st.sampled_from(["t1", "t2", "b", ""])


@st.composite
def streams(draw, max_size=25):
    """A list of (ts, user, track) sorted by ts, with small gaps between events."""
    gaps = draw(st.lists(st.integers(0, 6), max_size=max_size))
    start = draw(st.integers(-10, 10))
    events, ts = [], start
    for gap in gaps:
        ts += gap
        events.append((ts, draw(USERS), draw(TRACKS)))
    return events


test_matches_reference = agrees(
    "Keeps an event unless its (user, track) has a kept event with kept_ts > ts - window_s.",
    events=streams(), window=st.integers(0, 12))


@given(events=streams(), window=st.integers(1, 12), data=st.data())
def test_one_pair(solution, reference, events, window, data):
    """For a single (user, track) pair, the window always runs from the last kept play."""
    user, track = data.draw(USERS), data.draw(TRACKS)
    events = [(ts, user, track) for ts, _, _ in events]
    agree(solution, reference, events, window)


@given(events=streams())
def test_window_zero_keeps_all(solution, events):
    """window_s = 0 keeps every event."""
    got = returned(solution, events, 0)
    if got != list(range(len(events))):
        raise WrongAnswer("with window_s = 0 every event is kept, so the answer is"
                          f" [0, 1, ..., {len(events) - 1}]", call=solution.last_call,
                          expected=list(range(len(events))), actual=got)


@given(events=streams(max_size=15), window=st.integers(1, 12))
def test_kept_plays_are_far_apart(solution, events, window):
    """Kept plays of the same pair are at least window_s apart, and every drop has a reason."""
    got = returned(solution, events, window)
    call = solution.last_call
    kept = set(got)
    if sorted(kept) != got or not all(0 <= i < len(events) for i in got):
        raise WrongAnswer("the result must be distinct indices of events, in ascending order",
                          call=call, actual=got)
    last = {}
    for i, (ts, user, track) in enumerate(events):
        previous = last.get((user, track))
        is_replay = previous is not None and previous > ts - window
        if i in kept and is_replay:
            raise WrongAnswer(f"event {i} {events[i]!r} is kept, but the same pair was kept at"
                              f" ts={previous}, less than window_s={window} earlier",
                              call=call, actual=got)
        if i not in kept and not is_replay:
            raise WrongAnswer(f"event {i} {events[i]!r} is dropped, but no kept play of the"
                              f" same pair is less than window_s={window} earlier",
                              call=call, actual=got)
        if i in kept:
            last[(user, track)] = ts
