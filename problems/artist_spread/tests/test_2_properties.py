"""Hypothesis properties on small playlists, judged by ``check_spread`` (tests/checks.py)."""

from hypothesis import strategies as st

from checks import check_spread
from judge.testing import agrees

# Few artists and few track ids make big artists, impossible inputs and duplicate
# pairs common, which is where the mistakes are.
ARTISTS = st.sampled_from(["A", "B", "C", "D", ""])
TRACK_IDS = st.sampled_from(["t1", "t2", "t3", "t4", "t5", "t6", "t7"])


test_valid_order = agrees(
    "Returns a permutation with no two adjacent tracks by one artist, or [] when none exists.",
    tracks=st.lists(st.tuples(TRACK_IDS, ARTISTS), max_size=12), check=check_spread)


@st.composite
def near_the_limit(draw):
    """A playlist whose biggest artist has ceil(n/2) or ceil(n/2) + 1 of the n tracks."""
    n = draw(st.integers(1, 12))
    top = (n + 1) // 2 + draw(st.integers(0, 1))
    others = draw(st.lists(st.sampled_from(["B", "C", "D"]), min_size=max(0, n - top),
                           max_size=max(0, n - top)))
    artists = draw(st.permutations(["A"] * top + others))
    return [(f"t{i}", artist) for i, artist in enumerate(artists)]


test_biggest_artist_at_the_limit = agrees(
    "At exactly ceil(n/2) tracks by one artist an order exists; one more and it does not.",
    tracks=near_the_limit(), check=check_spread)


@st.composite
def balanced(draw):
    """Two to four artists with nearly equal counts, shuffled: the leader keeps changing."""
    names = ["A", "B", "C", "D"][:draw(st.integers(2, 4))]
    counts = [draw(st.integers(1, 4)) for _ in names]
    artists = draw(st.permutations([a for a, k in zip(names, counts, strict=True)
                                    for _ in range(k)]))
    ids = st.sampled_from(["x", "y", "z"])
    return [(draw(ids), artist) for artist in artists]


test_balanced_artists = agrees(
    "With several artists of similar size, duplicate pairs included, the order is valid.",
    tracks=balanced(), check=check_spread)
