"""Hypothesis properties on small random graphs, judged by ``check_recs`` (tests/checks.py)."""

from hypothesis import strategies as st

from checks import check_recs
from judge.testing import agrees

# Few users and artists make repeated rows, both orientations, self-pairs and
# tied scores common, which is where the mistakes are.
USERS = st.sampled_from(["u", "a", "b", "c", "d", ""])
ARTISTS = st.sampled_from(["x", "y", "z", "t10", "t9", "B", "u"])


@st.composite
def inputs(draw, max_friends=10, max_follows=20, users=USERS, artists=ARTISTS):
    """(friends, follows, user, k) over a few ids; the user is often in a friendship."""
    friends = draw(st.lists(st.tuples(users, users), max_size=max_friends))
    follows = draw(st.lists(st.tuples(users, artists), max_size=max_follows))
    named = sorted({who for pair in friends for who in pair})
    user = draw(st.sampled_from(named) if named and draw(st.booleans()) else users)
    return friends, follows, user, draw(st.integers(0, 8))


test_matches_the_spec = agrees(
    "Scores count distinct friends (both orientations), own artists out, top k by (-score, id).",
    inputs(), check=check_recs)


test_many_follows = agrees("Many follow rows over few ids: repeats and ties everywhere.",
    inputs(max_friends=6, max_follows=30), check=check_recs)


test_arbitrary_ids = agrees("Any string is a valid id, including empty and non-ASCII ones.",
    inputs(users=st.text(max_size=2), artists=st.text(max_size=2)), check=check_recs)
