"""Hypothesis properties against the reference."""

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import agrees, fail, returned

# A small alphabet makes ties common, which is where the mistakes are.
track = st.sampled_from(["a", "b", "c", "d", "", "t10", "t9"])
plays_lists = st.lists(track, min_size=1, max_size=30)


test_matches_reference = agrees("Returns the most played track, ties to the earliest first"
                                " play.", plays=plays_lists)


@given(tracks=st.lists(st.text(max_size=3), min_size=2, max_size=6, unique=True),
       count=st.integers(1, 3), data=st.data())
def test_tie_goes_to_first_play(solution, tracks, count, data):
    """When every track is played equally often, the first one played wins."""
    plays = data.draw(st.permutations(tracks * count))
    got = returned(solution, plays)
    if got != plays[0]:
        fail(solution, f"all tracks are played {count} times each, so the tie goes to the"
             f" first one played, {plays[0]!r}", expected=plays[0], actual=got)


test_arbitrary_ids = agrees("Any string is a valid id, including empty and non-ASCII ones.",
                            plays=st.lists(st.text(max_size=4), min_size=1, max_size=40))
