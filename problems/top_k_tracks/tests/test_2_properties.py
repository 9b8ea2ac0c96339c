"""Hypothesis properties, against the reference and on their own."""

from collections import Counter
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import WrongAnswer, agrees, expect_raises, returned

# A small alphabet makes ties common, which is where the mistakes are.
track = st.sampled_from(["a", "b", "c", "d", "", "t10", "t9", "B"])
plays_lists = st.lists(track, max_size=30)
ks = st.integers(0, 10)  # up to beyond the 8 possible distinct ids


test_matches_reference = agrees("Returns the k most played tracks, ties by ascending id.",
    plays=plays_lists, k=ks)


test_arbitrary_ids = agrees("Any string is a valid id, including empty and non-ASCII ones.",
    plays=st.lists(st.text(max_size=3), max_size=40), k=st.integers(0, 12))


@given(plays=plays_lists, k=ks)
def test_is_a_valid_top_k(solution, plays, k):
    """Returns min(k, distinct) played tracks by (-count, id), none better left out."""
    counts = Counter(plays)
    got = returned(solution, plays, k)
    call = solution.last_call

    def n(t):
        return f"{counts[t]} play" + ("s" if counts[t] != 1 else "")

    def fail(reason):
        raise WrongAnswer(reason, call=call, actual=got)

    want = min(k, len(counts))
    if len(got) != want:
        fail(f"there are {len(counts)} distinct tracks and k = {k}, so the result must have"
             f" min(k, distinct) = {want} items, not {len(got)}")
    for t in got:
        if t not in counts:
            fail(f"{t!r} is not a track of plays")
    if len(set(got)) != len(got):
        fail("a track appears more than once in the result")
    for a, b in pairwise(got):
        if counts[a] < counts[b]:
            fail(f"{a!r} ({n(a)}) comes before {b!r} ({n(b)}):"
                 " most played must come first")
        if counts[a] == counts[b] and a > b:
            fail(f"{a!r} and {b!r} both have {n(a)}, so they must be in ascending"
                 f" id order: {b!r} < {a!r}")
    if got:
        last = got[-1]
        chosen = set(got)
        for t, c in counts.items():
            if t not in chosen and (-c, t) < (-counts[last], last):
                fail(f"{t!r} ({n(t)}) is left out, but it ranks above {last!r} ({n(last)}),"
                     " which is in the result")


@given(plays=plays_lists, k=st.integers(-10**9, -1))
def test_negative_k_raises(solution, plays, k):
    """A negative k raises ValueError."""
    expect_raises(solution, ValueError, plays, k, reason=f"a negative k ({k})")
