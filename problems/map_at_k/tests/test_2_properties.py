"""Hypothesis properties, against the reference and on their own."""

import math

from hypothesis import given
from hypothesis import strategies as st

from checks import breakdown, check_map
from judge.testing import WrongAnswer, agrees, expect_raises, returned

# Few ids make repeats, shared tracks and missing listeners common.
USERS = st.sampled_from(["ana", "bo", "cy", "", "dee"])
TRACKS = st.sampled_from(["a", "b", "c", "d", "e", ""])
LISTS = st.lists(TRACKS, max_size=8)
SETS = st.sets(TRACKS, max_size=5)
KS = st.integers(1, 10)


@st.composite
def inputs(draw, users=USERS, lists=LISTS, sets=SETS):
    """(recs, relevant, k) with at least one listener with a non-empty set."""
    recs = draw(st.dictionaries(users, lists, max_size=4))
    relevant = draw(st.dictionaries(users, sets, max_size=4))
    if not any(relevant.values()):
        relevant = {**relevant, draw(users): {draw(TRACKS)}}  # a new dict, so the report shows it
    return recs, relevant, draw(KS)


test_matches_the_spec = agrees(
    "Returns the mean over listeners of AP@k, divided by min(|set|, k), repeats counted once.",
    inputs(), check=check_map)


@given(case=inputs(users=st.text(max_size=2), lists=st.lists(st.text(max_size=2), max_size=8),
                   sets=st.sets(st.text(max_size=2), max_size=5)))
def test_arbitrary_ids(solution, reference, case):
    """Any string is a valid id, including empty and non-ASCII ones."""
    check_map(solution, reference, *case)


def fail(reason, solution, got, expected=None):
    raise WrongAnswer(reason, call=solution.last_call, expected=expected, actual=got)


@given(case=inputs())
def test_between_zero_and_one(solution, case):
    """MAP@k is a float between 0 and 1."""
    got = returned(solution, *case)
    if not 0.0 <= got <= 1.0 + 1e-12:
        fail(f"MAP@k must lie between 0 and 1, got {got!r}; {breakdown(*case)}", solution, got)


@given(played=SETS.filter(bool), k=KS, misses=st.lists(st.sampled_from(["x", "y", "z"]),
                                                       max_size=3))
def test_played_tracks_first_score_one(solution, played, k, misses):
    """A list that starts with min(|set|, k) played tracks (no repeats) scores exactly 1.0."""
    ranked = sorted(played) + misses
    got = returned(solution, {"u": ranked}, {"u": played}, k)
    if not math.isclose(got, 1.0, rel_tol=1e-9):
        fail(f"the first min(|set|, k) = {min(len(played), k)} slots all hold distinct played"
             f" tracks, so AP@k must be 1.0; {breakdown({'u': ranked}, {'u': played}, k)}",
             solution, got, 1.0)


@given(case=inputs(), tail=st.lists(TRACKS, min_size=1, max_size=4))
def test_tracks_after_k_do_not_matter(solution, case, tail):
    """Only the first k slots count: tracks appended after them change nothing."""
    recs, relevant, k = case
    full = {user: (top + ["miss"] * k)[:k] for user, top in recs.items()}  # k entries each
    first = returned(solution, full, relevant, k)
    longer = {user: top + tail for user, top in full.items()}
    then = solution(longer, relevant, k)
    if first != then:
        fail(f"appending {tail!r} after the first k = {k} slots of every list changed MAP@k"
             f" from {first!r} to {then!r}", solution, then, first)


@given(case=inputs(), extra=st.lists(TRACKS, max_size=4))
def test_listeners_who_do_not_count(solution, reference, case, extra):
    """Listeners with an empty set, or only in recs, do not change the result."""
    recs, relevant, k = case
    check_map(solution, reference, {**recs, "zed-no-set": extra, "zoe-empty": extra},
              {**relevant, "zoe-empty": set(), "zack-empty": set()}, k)


@given(case=inputs(), k=st.integers(-10**9, 0))
def test_k_below_one_raises(solution, case, k):
    """k < 1 raises ValueError."""
    recs, relevant, _ = case
    expect_raises(solution, ValueError, recs, relevant, k, reason=f"k = {k}")


@given(recs=st.dictionaries(USERS, LISTS, max_size=4), users=st.lists(USERS, max_size=4), k=KS)
def test_no_eligible_listener_raises(solution, recs, users, k):
    """No listener with a non-empty relevant set raises ValueError."""
    relevant = {user: set() for user in users}
    expect_raises(solution, ValueError, recs, relevant, k,
                  reason=f"relevant = {relevant!r} (no listener with a non-empty set)")
