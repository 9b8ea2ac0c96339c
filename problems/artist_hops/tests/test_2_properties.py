"""Hypothesis properties against the reference, on small related-artist graphs."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import agrees, expect_raises

# Few artists: self-relations, repeats, one-sided listings and artists without
# a key of their own are all common.
ARTISTS = ["a", "b", "c", "d", "e", "f", "g", ""]
ARTIST = st.sampled_from(ARTISTS)
# adj: some of the artists as keys, each with a list of any artists
GRAPHS = st.dictionaries(ARTIST, st.lists(ARTIST, max_size=4), max_size=len(ARTISTS))


@st.composite
def one_sided_paths(draw):
    """(adj, src, max_hops): a path through the artists, each relation listed on one
    random side, from any of them."""
    order = draw(st.permutations(ARTISTS))
    adj = {}
    for u, v in itertools.pairwise(order):
        if draw(st.booleans()):
            u, v = v, u
        adj.setdefault(u, []).append(v)
    return adj, draw(st.sampled_from(order)), draw(st.integers(0, 8))


test_matches_reference = agrees(
    "Returns every artist within max_hops hops (relations both ways) with its distance.",
    adj=GRAPHS, src=st.sampled_from([*ARTISTS, "zz"]), max_hops=st.integers(0, 5))


test_whole_component = agrees(
    "With a large max_hops, returns src's whole connected group with distances.",
    adj=GRAPHS, src=ARTIST, max_hops=st.just(100))

test_path_listed_one_way = agrees(
    "On a path whose relations are listed on one side only, distances go both ways.",
    one_sided_paths())


@given(adj=GRAPHS, src=st.sampled_from([*ARTISTS, "zz"]), max_hops=st.integers(-3, -1))
def test_negative_max_hops_raises(solution, adj, src, max_hops):
    """A negative max_hops raises ValueError."""
    expect_raises(solution, ValueError, adj, src, max_hops, reason=f"max_hops={max_hops}")
