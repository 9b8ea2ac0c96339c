"""Hypothesis properties, against the reference and on their own."""

import math

from hypothesis import given
from hypothesis import strategies as st

from checks import check_pr
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
    "Returns (mean precision@k, mean recall@k) over the listeners with a non-empty set.",
    inputs(), check=check_pr)


@given(case=inputs(users=st.text(max_size=2), lists=st.lists(st.text(max_size=2), max_size=8),
                   sets=st.sets(st.text(max_size=2), max_size=5)))
def test_arbitrary_ids(solution, reference, case):
    """Any string is a valid id, including empty and non-ASCII ones."""
    check_pr(solution, reference, *case)


@given(top=st.lists(TRACKS, max_size=8), played=SETS.filter(bool), k=KS)
def test_one_listener(solution, top, played, k):
    """One listener: precision * k and recall * |set| are the same whole number of hits."""
    got = returned(solution, {"u": top}, {"u": played}, k)
    call = solution.last_call
    precision, recall = got
    hits = precision * k
    if not (math.isclose(hits, round(hits), abs_tol=1e-9)
            and math.isclose(recall * len(played), hits, abs_tol=1e-9)):
        raise WrongAnswer(f"with one listener, precision * k = {hits!r} and recall * |set| ="
                          f" {recall * len(played)!r} must both be the number of hits",
                          call=call, actual=got)
    if not 0 <= round(hits) <= min(k, len(top), len(played)):
        raise WrongAnswer(f"{round(hits)} hits is impossible: there are at most min(k,"
                          " distinct tracks in the list, |set|) hits", call=call, actual=got)


@given(case=inputs(), tail=st.lists(TRACKS, min_size=1, max_size=4))
def test_tracks_after_k_do_not_matter(solution, case, tail):
    """Only the first k entries of a list count: tracks appended after them change nothing."""
    recs, relevant, k = case
    full = {user: (top + ["miss"] * k)[:k] for user, top in recs.items()}  # k entries each
    first = returned(solution, full, relevant, k)
    longer = {user: top + tail for user, top in full.items()}
    then = solution(longer, relevant, k)
    if first != then:
        raise WrongAnswer(f"appending {tail!r} after the first k = {k} entries of every list"
                          f" changed the result from {first!r} to {then!r}",
                          call=solution.last_call, expected=first, actual=then)


@given(case=inputs(), extra=st.lists(TRACKS, max_size=4))
def test_listeners_who_do_not_count(solution, reference, case, extra):
    """Listeners with an empty set, or only in recs, do not change the result."""
    recs, relevant, k = case
    check_pr(solution, reference, {**recs, "zed-no-set": extra, "zoe-empty": extra},
             {**relevant, "zoe-empty": set(), "zack-empty": set()}, k)


@given(case=inputs(), k=st.integers(-10**9, 0))
def test_k_below_one_raises(solution, case, k):
    """k < 1 raises ValueError."""
    recs, relevant, _ = case
    expect_raises(solution, ValueError, recs, relevant, k, reason=f"k = {k}")


@given(recs=st.dictionaries(USERS, LISTS, max_size=4),
       users=st.lists(USERS, max_size=4), k=KS)
def test_no_eligible_listener_raises(solution, recs, users, k):
    """No listener with a non-empty relevant set raises ValueError."""
    relevant = {user: set() for user in users}
    expect_raises(solution, ValueError, recs, relevant, k,
                  reason=f"relevant = {relevant!r} (no listener with a non-empty set)")
