"""Hypothesis properties against the reference (``check_similar``), on a few kinds of
catalogs (invalid arguments: tests/test_1_examples.py)."""

from hypothesis import strategies as st

from checks import check_similar
from judge.testing import agrees

# Few ids and tags: shared tags, repeats, identical and untagged lists, where the mistakes are.
IDS = st.sampled_from(["a", "b", "c", "d", "e", "t10", "t9", "B", ""])
TAGS = st.sampled_from(["rock", "Rock", "pop", "jazz", "lo-fi", "", "hip hop"])


@st.composite
def calls(draw, ids=IDS, tags=TAGS, max_tags=5, untagged=False):
    """(tags, query, k): a few tracks, the query one of them; untagged=True pads the
    catalog with 1 to 6 untagged tracks (they change N, hence idf)."""
    catalog = draw(st.dictionaries(ids, st.lists(tags, max_size=max_tags), min_size=1,
                                   max_size=8))
    query = draw(st.sampled_from(sorted(catalog)))
    if untagged:
        catalog.update({f"empty{i}": [] for i in range(draw(st.integers(1, 6)))})
    return catalog, query, draw(st.integers(0, 9))


test_matches_the_spec = agrees("Top k by tf-idf cosine (> 0, query excluded), ties by id,"
                               " similarities exact.", calls(), check=check_similar)

test_long_tag_lists = agrees("Longer lists: repeated tags (tf) and normalization matter more.",
                             calls(max_tags=8), check=check_similar)

test_untagged_tracks_count = agrees("Tracks without tags count in N and are similar to nothing.",
                                    calls(untagged=True), check=check_similar)

test_arbitrary_strings = agrees("Any string is a valid id or tag, including empty and non-ASCII"
                                " ones.", calls(ids=st.text(max_size=2), tags=st.text(max_size=3)),
                                check=check_similar)

