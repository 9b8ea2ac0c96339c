"""Hypothesis properties against the reference."""

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import WrongAnswer, agree, check_type

# A small alphabet makes ties common, which is where the mistakes are.
track = st.sampled_from(["a", "b", "c", "d", "", "t10", "t9"])
plays_lists = st.lists(track, min_size=1, max_size=30)


@given(plays=plays_lists)
def test_matches_reference(solution, reference, plays):
    """Returns the most played track, ties to the earliest first play."""
    agree(solution, reference, plays, returns=str)


@given(tracks=st.lists(st.text(max_size=3), min_size=2, max_size=6, unique=True),
       count=st.integers(1, 3), data=st.data())
def test_tie_goes_to_first_play(solution, tracks, count, data):
    """When every track is played equally often, the first one played wins."""
    plays = data.draw(st.permutations(tracks * count))
    got = solution(plays)
    check_type(got, str, solution.last_call)
    if got != plays[0]:
        raise WrongAnswer(
            f"all tracks are played {count} times each, so the tie goes to the first one"
            f" played, {plays[0]!r}", call=solution.last_call, expected=plays[0], actual=got)


@given(plays=st.lists(st.text(max_size=4), min_size=1, max_size=40))
def test_arbitrary_ids(solution, reference, plays):
    """Any string is a valid id, including empty and non-ASCII ones."""
    agree(solution, reference, plays, returns=str)
