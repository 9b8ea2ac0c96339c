"""Hypothesis properties, against the reference and on their own."""

from hypothesis import given
from hypothesis import strategies as st

from checks import answer_problem, check_trending, window_counts
from judge.testing import WrongAnswer, agrees, returned

# Few tracks and small gaps make ties, equal timestamps and plays exactly on
# the window's edges common, which is where the mistakes are.
TRACKS = st.sampled_from(["a", "b", "c", "", "t10", "t9", "B"])


@st.composite
def play_logs(draw, max_plays=25):
    """Plays sorted by ts, with small gaps (equal times are common)."""
    events, ts = [], draw(st.integers(-10, 10))
    for gap in draw(st.lists(st.integers(0, 3), max_size=max_plays)):
        ts += gap
        events.append((ts, draw(TRACKS)))
    return events


plays = play_logs()
times = st.lists(st.integers(-12, 50), max_size=8).map(sorted)
windows = st.integers(0, 10)
ks = st.integers(0, 5)


test_matches_reference = agrees(
    "At each query, the top k tracks of the window t - window_s < ts <= t by (-count, id).",
    events=plays, queries=times, window=windows, k=ks, check=check_trending)


@given(events=st.lists(st.tuples(st.integers(-10**9, 10**9), st.text(max_size=2)),
                       max_size=15).map(lambda e: sorted(e, key=lambda p: p[0])),
       queries=st.lists(st.integers(-10**9, 10**9), max_size=5).map(sorted),
       window=st.integers(0, 10**9), k=st.integers(0, 4))
def test_arbitrary_ids_and_times(solution, reference, events, queries, window, k):
    """Any string is a track id and any int a time."""
    check_trending(solution, reference, events, queries, window, k)


@given(events=plays, queries=times, window=windows, k=ks)
def test_each_answer_is_the_windows_top_k(solution, events, queries, window, k):
    """Every answer is the top k of its own window, counted from scratch."""
    got = returned(solution, events, queries, window, k)
    call = solution.last_call
    if len(got) != len(queries):
        raise WrongAnswer(f"there are {len(queries)} queries, so the result must hold"
                          f" {len(queries)} answers, not {len(got)}", call=call, actual=got)
    for t, answer in zip(queries, got, strict=True):
        problem = answer_problem(answer, window_counts(events, t, window), k, t, window)
        if problem:
            raise WrongAnswer(problem, call=call, actual=got)


@given(events=plays, queries=st.lists(st.integers(-12, 50), min_size=1, max_size=5).map(sorted),
       window=windows, k=ks, data=st.data())
def test_a_query_alone_gets_the_same_answer(solution, events, queries, window, k, data):
    """Asking one query alone gives the answer it gets among the others."""
    got = returned(solution, events, queries, window, k)
    i = data.draw(st.integers(0, len(queries) - 1), label="query index")
    alone = returned(solution, events, [queries[i]], window, k)
    if alone != [got[i]]:
        raise WrongAnswer(f"asked alone, t={queries[i]} must get the answer it got among the"
                          f" queries {queries!r}: {got[i]!r}", call=solution.last_call,
                          expected=[got[i]], actual=alone)


@given(events=plays, queries=times, window=windows, k=ks, shift=st.integers(-10**6, 10**6))
def test_shifting_time_changes_nothing(solution, events, queries, window, k, shift):
    """Adding the same number of seconds to every play and query gives the same answers."""
    got = returned(solution, events, queries, window, k)
    moved = returned(solution, [(ts + shift, track) for ts, track in events],
                     [t + shift for t in queries], window, k)
    if moved != got:
        raise WrongAnswer(f"moving every play and query by {shift} s must not change the"
                          f" answers; before the shift they were {got!r}",
                          call=solution.last_call, expected=got, actual=moved)
