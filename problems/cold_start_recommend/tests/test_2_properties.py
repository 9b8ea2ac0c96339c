"""Hypothesis properties: against the reference (``check_row``), and
reference-free ones (validity, growing n only appends, dict order)."""

from hypothesis import given
from hypothesis import strategies as st

from checks import check_row, model
from judge.testing import WrongAnswer, expect_raises, fail, returned

# Few ids make heard, CF and popular tracks overlap and scores tie, which is
# where the mistakes are.
TRACKS = st.sampled_from(["a", "b", "c", "d", "e", "f", "t10", "t9", "B", ""])
USERS = st.sampled_from(["u", "v", ""])
GENRES = st.sampled_from(["jazz", "rock", "Jazz", ""])
SCORES = st.sampled_from([1.0, 0.5, 0.5, 2.0, 0.0, -0.0, -1.0, 0.25])
PLAYS = st.sampled_from([0, 0, 1, 2, 2, 5, 10])


@st.composite
def worlds(draw, tracks=TRACKS, users=USERS, genres=GENRES):
    """(args, kwargs) of one call: the user is often in the dicts, sometimes not."""
    history = draw(st.dictionaries(users, st.lists(tracks, max_size=8), max_size=3))
    cf_scores = draw(st.dictionaries(users, st.dictionaries(tracks, SCORES, max_size=6),
                                     max_size=3))
    signup = draw(st.dictionaries(users, st.lists(genres, max_size=3), max_size=3))
    track_genre = draw(st.dictionaries(tracks, genres, max_size=8))
    popularity = draw(st.dictionaries(tracks, PLAYS, max_size=10))
    user = draw(st.one_of(users, st.just("nobody")))
    n = draw(st.integers(0, 12))
    min_history = draw(st.integers(0, 6))
    return (user, history, cf_scores, signup, track_genre, popularity, n), {
        "min_history": min_history}


@given(case=worlds())
def test_matches_the_spec(solution, reference, case):
    """CF (> 0, enough distinct history), then genre, then global popularity; back-filled."""
    args, kwargs = case
    check_row(solution, reference, *args, **kwargs)


@given(case=worlds(tracks=st.text(max_size=2), users=st.text(max_size=2),
                   genres=st.text(max_size=2)))
def test_arbitrary_ids(solution, reference, case):
    """Any string is a valid user, track or genre id, including empty and non-ASCII ones."""
    args, kwargs = case
    check_row(solution, reference, *args, **kwargs)


@given(case=worlds())
def test_row_is_valid(solution, case):
    """At most n distinct, unheard candidates; shorter than n only when the tiers run out."""
    args, kwargs = case
    got = returned(solution, *args, **kwargs)
    m = model(*args, **kwargs)
    n = args[6]

    if len(set(got)) != len(got):
        fail(solution, "a track appears more than once in the row", actual=got)
    for track in got:
        reason = m.not_a_candidate(track)
        if reason:
            fail(solution, reason, actual=got)
    if len(got) != min(n, len(m.order)):
        fail(solution, f"{len(m.order)} track(s) can be recommended and n = {n}, so the row"
             f" must have {min(n, len(m.order))}, not {len(got)} (back-fill across the tiers)",
             actual=got)


@given(case=worlds())
def test_more_places_only_append(solution, case):
    """Asking for n + 1 tracks gives the row for n with one more track (or the same row)."""
    (user, *dicts, n), kwargs = case
    shorter = returned(solution, user, *dicts, n, **kwargs)
    longer = returned(solution, user, *dicts, n + 1, **kwargs)
    if longer[:len(shorter)] != shorter or len(longer) > len(shorter) + 1:
        raise WrongAnswer(f"with n = {n} the row is {shorter!r}, with n = {n + 1} it is"
                          f" {longer!r}: one more place can only add a track at the end",
                          call=solution.last_call, actual=longer)


@given(case=worlds())
def test_dict_order_does_not_matter(solution, case):
    """Reversing the insertion order of every dict changes nothing (ties go by id)."""
    (user, history, cf_scores, signup, track_genre, popularity, n), kwargs = case
    before = returned(solution, user, history, cf_scores, signup, track_genre, popularity, n,
                      **kwargs)

    def flip(d):
        return dict(reversed(d.items()))

    flipped = (user, flip(history), {u: flip(s) for u, s in reversed(cf_scores.items())},
               flip(signup), flip(track_genre), flip(popularity), n)
    after = returned(solution, *flipped, **kwargs)
    if after != before:
        raise WrongAnswer(f"the same data in another dict order gives {after!r} instead of"
                          f" {before!r}: equal scores must go by ascending id, not by dict"
                          " order", call=solution.last_call, actual=after)


@given(case=worlds(), n=st.integers(-10**9, -1))
def test_negative_n_raises(solution, case, n):
    """A negative n raises ValueError."""
    (user, *dicts, _), kwargs = case
    expect_raises(solution, ValueError, user, *dicts, n, reason=f"a negative n ({n})", **kwargs)


@given(case=worlds(), min_history=st.integers(-10**9, -1))
def test_negative_min_history_raises(solution, case, min_history):
    """A negative min_history raises ValueError."""
    args, _ = case
    expect_raises(solution, ValueError, *args, min_history=min_history,
                  reason=f"a negative min_history ({min_history})")
