"""Hand-picked edge cases (the statement's examples are collected by the judge), each
judged by ``check_similar`` (tests/checks.py)."""

import random

from checks import check_similar
from judge.testing import cases, raising

SMALL = {"q": ["rock", "indie"], "a": ["rock"], "b": ["indie", "pop"], "c": ["jazz"]}

test_negative_k_raises = raising(
    "A negative k raises ValueError, even when the result would be empty.", {
    "a negative k (-1)": (SMALL, "q", -1),
    "a negative k (-1), the query without tags": ({"q": [], "a": ["x"]}, "q", -1),
    "a negative k (-10**9)": (SMALL, "a", -10**9),
    "a negative k (-2), the query sharing no tag": ({"q": ["x"], "a": ["y"]}, "q", -2),
})

test_unknown_query_raises_key_error = raising(
    "A query that is not a key of tags raises KeyError.", {
    "the query 'z', which is not a track of tags": (SMALL, "z", 3),
    "the query 'q', which is not a track of the empty tags": ({}, "q", 3),
    "the query 'q', not a track of tags (only 'Q' is)": ({"Q": ["x"], "a": ["x"]}, "q", 3),
    "the query 'rock', a tag but not a track": (SMALL, "rock", 3),
    "the query ' a' (a leading space)": (SMALL, " a", 1),
}, error=KeyError)

test_empty_results = cases(
    "k = 0, a query without tags or sharing no tag (exactly as written) give [].", {
    "k-zero": (SMALL, "q", 0),
    "query-without-tags": ({"q": [], "a": ["x"], "b": []}, "q", 5),
    "only-track": ({"q": ["x", "y"]}, "q", 5),
    "no-shared-tag": ({"q": ["x"], "a": ["y"], "b": ["z", "y"]}, "q", 5),
    "everyone-else-untagged": ({"q": ["x"], "a": [], "b": []}, "q", 5),
    "case-and-space-differ": ({"q": ["Rock", "hip hop"], "a": ["rock", "hip", "hop"],
                               "b": ["Rock "]}, "q", 5),
}, check=check_similar)

test_idf = cases("idf = ln((1 + N) / (1 + df)) + 1: smoothed, 1 (not 0) for a tag on every"
                 " track; N counts every track of tags, also those with an empty tag list.", {
    "untagged-tracks-count": ({"q": ["x", "y"], "a": ["x"], "b": ["y", "z"], "c": ["y"],
                               "e1": [], "e2": [], "e3": []}, "q", 5),
    "untagged-changes-idf": ({"q": ["common", "rare"], "a": ["common", "rare", "rare"],
                              "b": ["common"], "c": ["rare", "other"], "d": []}, "q", 5),
    "smoothed-idf": ({"q": ["x", "y"], "a": ["x"], "b": ["y"], "c": ["y"], "d": ["z"]},
                     "q", 5),
    "tag-on-every-track": ({"q": ["all", "x"], "a": ["all"], "b": ["all", "x"],
                            "c": ["all", "y"]}, "q", 5),
    "df-counts-tracks-not-mentions": ({"q": ["x", "y"], "a": ["x", "x", "x"], "b": ["y"],
                                       "c": ["x", "z"], "d": ["z"]}, "q", 5),
}, check=check_similar)

test_tf_and_normalization = cases("tf is the raw count (a tag listed twice weighs twice as"
                                  " much); similarities are cosines of L2-normalized vectors.", {
    "repeated-in-query": ({"q": ["x", "x", "y"], "a": ["x"], "b": ["y"], "c": ["z"]}, "q", 5),
    "repeated-in-candidate": ({"q": ["x", "y"], "a": ["x", "x", "y"], "b": ["x", "y"],
                               "c": ["y", "z"]}, "q", 5),
    "repeats-everywhere": ({"q": ["a", "b", "b", "b"], "s": ["a", "a", "b"],
                            "t": ["b", "a"], "u": ["a"]}, "q", 5),
    "long-list-no-bonus": ({"q": ["x", "y"], "a": ["x", "y", "p", "r", "s", "t"],
                            "b": ["x"]}, "q", 5),
    "similarity-at-most-one": ({"q": ["x", "y"], "a": ["y", "x"], "b": ["x", "x", "y", "y"],
                                "c": ["x"]}, "q", 5),
}, check=check_similar)

test_order = cases(
    "Highest similarity first; identical tag lists tie exactly and go by ascending id.", {
    "twins-by-id": ({"q": ["x", "y"], "b": ["x"], "a": ["x"], "c": ["y"]}, "q", 5),
    "twins-at-the-cut": ({"q": ["x"], "d": ["x"], "b": ["x"], "c": ["x"], "a": ["x"]}, "q", 2),
    "t10-before-t9": ({"q": ["x"], "t9": ["x"], "t10": ["x"]}, "q", 1),
    "uppercase-first": ({"q": ["x"], "b": ["x"], "B": ["x"], "": ["x"]}, "q", 3),
    "similarity-beats-id": ({"q": ["x", "y"], "a": ["x", "z"], "z": ["x", "y"]}, "q", 2),
}, check=check_similar)

test_query_is_excluded = cases(
    "The query is never in its own result, whatever its similarity with itself.", {
    "identical-twin-of-query": ({"q": ["x", "y"], "a": ["x", "y"], "b": ["y"]}, "q", 5),
    "query-first-by-id": ({"a": ["x"], "b": ["x"], "c": ["x", "y"]}, "a", 5),
    "huge-k": ({"q": ["x"], "a": ["x"], "b": ["x", "y"]}, "q", 10**9),
}, check=check_similar)

test_any_strings = cases("Any string is a track id or a tag, the empty string too.", {
    "empty-string-tag": ({"q": ["", "x"], "a": [""], "b": ["x"], "c": ["y"]}, "q", 5),
    "empty-id": ({"": ["x", "y"], "a": ["x"], "b": ["y"]}, "", 5),
    "unicode": ({"ü": ["café", "ß"], "u": ["cafe", "ß"], "é": ["café"]}, "ü", 5),
    "tag-named-like-a-track": ({"q": ["a"], "a": ["q"], "b": ["a"]}, "q", 5),
}, check=check_similar)


def test_medium_catalog(solution, reference):
    """3,000 tracks over 600 tags, Zipf-like tag use, a few untagged tracks."""
    rng = random.Random(7)
    vocabulary = [f"tag{i}" for i in range(600)]
    weights = [1 / (i + 1) for i in range(600)]
    tags = {f"track{i:04d}": rng.choices(vocabulary, weights, k=rng.randrange(0, 9))
            for i in range(3000)}
    with solution.time_limit(60):
        for query in ["track0001", "track1234", "track2999"]:
            check_similar(solution, reference, tags, query, 40)
