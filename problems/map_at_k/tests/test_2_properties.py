"""Hypothesis properties against the reference (a failure shows each listener's AP)."""

from hypothesis import strategies as st

from checks import check_map
from judge.testing import agrees

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

test_arbitrary_ids = agrees("Any string is a valid id, including empty and non-ASCII ones.",
    inputs(users=st.text(max_size=2), lists=st.lists(st.text(max_size=2), max_size=8),
           sets=st.sets(st.text(max_size=2), max_size=5)), check=check_map)
