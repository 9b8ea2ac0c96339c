"""Hypothesis properties: against the reference (``check_similar``), and
reference-free ones (cosine symmetry, invariances, validity)."""

import math

from hypothesis import given
from hypothesis import strategies as st

from checks import check_similar
from judge.testing import WrongAnswer, expect_raises, returned

# Few ids and tags make shared tags, repeats, identical lists and untagged
# tracks common, which is where the mistakes are.
IDS = st.sampled_from(["a", "b", "c", "d", "e", "t10", "t9", "B", ""])
TAGS = st.sampled_from(["rock", "Rock", "pop", "jazz", "lo-fi", "", "hip hop"])


@st.composite
def catalogs(draw, ids=IDS, tags=TAGS, max_tags=5):
    """(tags, query): a few tracks, the query one of them."""
    catalog = draw(st.dictionaries(ids, st.lists(tags, max_size=max_tags), min_size=1,
                                   max_size=8))
    return catalog, draw(st.sampled_from(sorted(catalog)))


@given(case=catalogs(), k=st.integers(0, 9))
def test_matches_the_spec(solution, reference, case, k):
    """Top k by tf-idf cosine (> 0, query excluded), ties by id, similarities exact."""
    check_similar(solution, reference, *case, k)


@given(case=catalogs(max_tags=8), k=st.integers(0, 9))
def test_long_tag_lists(solution, reference, case, k):
    """Longer lists: repeated tags (tf) and normalization matter more."""
    check_similar(solution, reference, *case, k)


@st.composite
def with_untagged(draw):
    """A catalog padded with 1 to 6 untagged tracks (they change N, hence idf)."""
    catalog, query = draw(catalogs())
    extra = draw(st.integers(1, 6))
    return {**catalog, **{f"empty{i}": [] for i in range(extra)}}, query


@given(case=with_untagged(), k=st.integers(0, 9))
def test_untagged_tracks_count(solution, reference, case, k):
    """Tracks without tags count in N and are similar to nothing."""
    check_similar(solution, reference, *case, k)


@given(case=catalogs(ids=st.text(max_size=2), tags=st.text(max_size=3)), k=st.integers(0, 9))
def test_arbitrary_strings(solution, reference, case, k):
    """Any string is a valid id or tag, including empty and non-ASCII ones."""
    check_similar(solution, reference, *case, k)


def all_similar(solution, tags, query):
    """The whole result (k = N) as {track: similarity}, type-checked."""
    got = returned(solution, tags, query, len(tags))
    return dict(got), got


@given(case=catalogs(), data=st.data())
def test_similarity_is_symmetric(solution, case, data):
    """The cosine is symmetric: sim(a, b) as seen from a equals sim(b, a) as seen from b."""
    tags, a = case
    from_a, _ = all_similar(solution, tags, a)
    if not from_a:
        return
    b = data.draw(st.sampled_from(sorted(from_a)), label="b")
    from_b, got_b = all_similar(solution, tags, b)
    if a not in from_b or not math.isclose(from_a[b], from_b[a], rel_tol=1e-9, abs_tol=1e-12):
        raise WrongAnswer(
            f"tfidf_similar_tracks(tags, {a!r}, {len(tags)}) gives {b!r} the similarity"
            f" {from_a[b]!r}, but tfidf_similar_tracks(tags, {b!r}, {len(tags)}) gives {a!r}"
            f" {from_b.get(a, 'no place at all')!r}: the cosine is symmetric",
            call=solution.last_call, actual=got_b)


@given(case=catalogs(), data=st.data())
def test_invariances(solution, case, data):
    """Reordering a track's tags changes nothing; repeating every list twice (tf x 2) neither."""
    tags, query = case
    before, _ = all_similar(solution, tags, query)
    how = data.draw(st.sampled_from(["reversed", "doubled"]), label="change")
    if how == "reversed":
        changed = {track: names[::-1] for track, names in tags.items()}
        why = "reversing every tag list (the order of tags does not matter)"
    else:
        changed = {track: names + names for track, names in tags.items()}
        why = ("repeating every tag list twice (every tf doubles, which the L2 normalization"
               " cancels)")
    after, got = all_similar(solution, changed, query)
    same = set(before) == set(after) and all(
        math.isclose(before[t], after[t], rel_tol=1e-9, abs_tol=1e-12) for t in before)
    if not same:
        raise WrongAnswer(f"{why} changed the result, which must stay the same; before:"
                          f" {sorted(before.items())!r}", call=solution.last_call, actual=got)


@given(case=catalogs())
def test_results_are_valid(solution, case):
    """Every listed track shares a tag with the query, with similarity in (0, 1]."""
    tags, query = case
    _, got = all_similar(solution, tags, query)
    for track, similarity in got:
        if track == query or track not in tags:
            raise WrongAnswer(f"{track!r} must not be in the result", call=solution.last_call,
                              actual=got)
        if not set(tags[track]) & set(tags[query]):
            raise WrongAnswer(f"{track!r} shares no tag with {query!r}: its similarity is 0 and"
                              " it must not be listed", call=solution.last_call, actual=got)
        if not 0 < similarity <= 1 + 1e-9:
            raise WrongAnswer(f"{track!r} has similarity {similarity!r}; a cosine of"
                              " non-negative unit vectors lies in [0, 1]",
                              call=solution.last_call, actual=got)


@given(case=catalogs(), k=st.integers(-10**9, -1))
def test_negative_k_raises(solution, case, k):
    """A negative k raises ValueError."""
    tags, query = case
    expect_raises(solution, ValueError, tags, query, k, reason=f"a negative k ({k})")


@given(case=catalogs(), query=st.sampled_from(["x", "A", "t1", " a"]), k=st.integers(1, 5))
def test_unknown_query_raises(solution, case, query, k):
    """A query that is not a key of tags raises KeyError."""
    tags, _ = case
    expect_raises(solution, KeyError, tags, query, k,
                  reason=f"the query {query!r}, which is not a track of tags")
