"""Hypothesis properties against the reference, on small genre hierarchies."""

from hypothesis import strategies as st

from checks import check_rollup
from judge.testing import agrees

# Few genres: shared parents, unlisted roots, self-parents and cycles are common.
GENRES = ["a", "b", "c", "d", "e", "f", "g", ""]
GENRE = st.sampled_from(GENRES)
PLAYS = st.dictionaries(GENRE, st.integers(0, 20), max_size=len(GENRES))


@st.composite
def forests(draw):
    """parent: a random forest (each genre under an earlier one, or a root that may
    be left out of the keys), its keys in random order."""
    order = draw(st.permutations(GENRES))
    size = draw(st.integers(1, len(GENRES)))
    links = []
    for i, genre in enumerate(order[:size]):
        up = draw(st.one_of(st.none(), st.sampled_from(order[:i]))) if i else None
        if up is not None or draw(st.booleans()):
            links.append((genre, up))
    return dict(draw(st.permutations(links)))


@st.composite
def chains(draw):
    """parent: one long chain through all genres, keys in random order, with the
    top genre a key (parent None) or not."""
    order = draw(st.permutations(GENRES))
    links = [(order[i], order[i - 1]) for i in range(1, len(order))]
    if draw(st.booleans()):
        links.append((order[0], None))
    return dict(draw(st.permutations(links)))


test_forest_totals = agrees(
    "On a forest, every named genre's total is its own plays plus its whole subtree's.",
    parent=forests(), plays=PLAYS, check=check_rollup)


test_chain_totals = agrees(
    "On a chain listed in any order, each total is the plays at or below it.",
    parent=chains(), plays=PLAYS, check=check_rollup)


test_any_parent_map = agrees(
    "On any parent map, a cycle raises ValueError; otherwise the totals are right.",
    parent=st.dictionaries(GENRE, st.one_of(st.none(), GENRE), max_size=len(GENRES)), plays=PLAYS,
    check=check_rollup)
