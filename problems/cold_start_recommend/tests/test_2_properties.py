"""Hypothesis properties against the reference (``check_row``); invalid arguments:
tests/test_1_examples.py."""

from hypothesis import strategies as st

from checks import check_row
from judge.testing import Call, agrees

# Few ids: heard, CF and popular tracks overlap and scores tie, where the mistakes are.
TRACKS = st.sampled_from(["a", "b", "c", "d", "e", "f", "t10", "t9", "B", ""])
USERS = st.sampled_from(["u", "v", ""])
GENRES = st.sampled_from(["jazz", "rock", "Jazz", ""])
SCORES = st.sampled_from([1.0, 0.5, 0.5, 2.0, 0.0, -0.0, -1.0, 0.25])
PLAYS = st.sampled_from([0, 0, 1, 2, 2, 5, 10])


@st.composite
def worlds(draw, tracks=TRACKS, users=USERS, genres=GENRES):
    """One call: the user is often in the dicts, sometimes not."""
    history = draw(st.dictionaries(users, st.lists(tracks, max_size=8), max_size=3))
    cf_scores = draw(st.dictionaries(users, st.dictionaries(tracks, SCORES, max_size=6),
                                     max_size=3))
    signup = draw(st.dictionaries(users, st.lists(genres, max_size=3), max_size=3))
    track_genre = draw(st.dictionaries(tracks, genres, max_size=8))
    popularity = draw(st.dictionaries(tracks, PLAYS, max_size=10))
    user = draw(st.one_of(users, st.just("nobody")))
    n = draw(st.integers(0, 12))
    return Call(user, history, cf_scores, signup, track_genre, popularity, n,
                min_history=draw(st.integers(0, 6)))


test_matches_the_spec = agrees("CF (> 0, enough distinct history), then genre, then global"
                               " popularity; back-filled.", worlds(), check=check_row)

test_arbitrary_ids = agrees(
    "Any string is a valid user, track or genre id, including empty and non-ASCII ones.",
    worlds(tracks=st.text(max_size=2), users=st.text(max_size=2), genres=st.text(max_size=2)),
    check=check_row)

