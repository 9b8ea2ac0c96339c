"""Cross-check of the tfidf_similar_tracks reference against scikit-learn.

The oracle is ``TfidfVectorizer(analyzer=lambda tags: tags, norm="l2",
smooth_idf=True, sublinear_tf=False)`` (the callable analyzer takes each
track's tag list as its tokens: no lowercasing, no splitting, repeats count),
whose idf is ln((1 + n) / (1 + df)) + 1, followed by ``linear_kernel`` (the
dot product, which is the cosine for L2-normalized rows). Definitional points
minded:

- N must count every track, also the untagged ones: they are passed as empty
  documents, in the same order as the tracks (dropping them, as one might do
  to avoid empty rows, changes idf; a test below shows it does);
- a catalog where no track has a tag makes the vectorizer raise "empty
  vocabulary": every similarity is 0 then, so the expected answer is [];
- the oracle then drops the query and the zero similarities and orders by
  (-similarity, id); similarities are compared within rel 1e-9 / abs 1e-12,
  and two ids may swap places only when their similarities are that close.
"""

from __future__ import annotations

import math
import random

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel

from tests.oracles import reference as load_reference

tfidf_similar_tracks = load_reference("tfidf_similar_tracks")


def sklearn_similar(tags: dict[str, list[str]],
                    keep_empty: bool = True) -> dict[str, list[tuple[str, float]]]:
    """For every track as the query: all tracks with similarity > 0, ranked."""
    tracks = [t for t in tags if keep_empty or tags[t]]
    if not any(tags[t] for t in tracks):
        return {t: [] for t in tracks}
    vectorizer = TfidfVectorizer(analyzer=lambda names: names, norm="l2", smooth_idf=True,
                                 sublinear_tf=False)
    matrix = vectorizer.fit_transform([tags[t] for t in tracks])
    sims = linear_kernel(matrix, matrix)
    ranked = {}
    for row, query in enumerate(tracks):
        found = [(t, float(s)) for i, (t, s) in enumerate(zip(tracks, sims[row], strict=True))
                 if i != row and s > 0]
        found.sort(key=lambda item: (-item[1], item[0]))
        ranked[query] = found
    return ranked


def assert_same_ranking(got: list[tuple[str, float]], want: list[tuple[str, float]],
                        truth: dict[str, float]) -> None:
    """Place by place: got's id has the similarity it claims and the one ranked there
    by the oracle (so only near-ties may swap), as the hidden tests judge it."""
    assert len(got) == len(want), (got, want)
    for (got_id, got_sim), (_, want_sim) in zip(got, want, strict=True):
        assert got_id in truth, (got_id, got, want)
        assert math.isclose(got_sim, truth[got_id], rel_tol=1e-9, abs_tol=1e-12), (got, want)
        assert math.isclose(truth[got_id], want_sim, rel_tol=1e-9, abs_tol=1e-12), (got, want)


def random_catalog(rng: random.Random, n_tracks: int, n_tags: int,
                   max_len: int) -> dict[str, list[str]]:
    vocabulary = [f"tag{i}" for i in range(n_tags)] + ["Tag0", "", "hip hop"]
    weights = [1 / (i + 1) for i in range(len(vocabulary))]
    ids = [f"t{i}" for i in range(n_tracks)] + ["", "B"]
    return {track: rng.choices(vocabulary, weights, k=rng.randint(0, max_len))
            for track in rng.sample(ids, rng.randint(1, len(ids)))}


CASES = [random_catalog(random.Random(seed), 8, 5, 5) for seed in range(150)]
CASES += [random_catalog(random.Random(1000 + seed), 300, 60, 12) for seed in range(20)]


@pytest.mark.parametrize("index", range(len(CASES)))
def test_reference_matches_sklearn(index: int) -> None:
    """Every query of a small catalog (a few of a large one), k = all and a random k."""
    tags = CASES[index]
    rng = random.Random(index)
    oracle = sklearn_similar(tags)
    queries = list(tags) if len(tags) <= 12 else rng.sample(list(tags), 5)
    for query in queries:
        everything = oracle[query]
        truth = dict(everything)
        assert_same_ranking(tfidf_similar_tracks(tags, query, len(tags)), everything, truth)
        k = rng.randint(0, 6)
        assert_same_ranking(tfidf_similar_tracks(tags, query, k), everything[:k], truth)


def test_untagged_tracks_must_be_empty_documents() -> None:
    """Dropping the untagged tracks from the vectorizer's input changes idf and the answer."""
    tags = {"q": ["x", "y"], "a": ["x"], "b": ["y", "z"], "c": ["y"], "e1": [], "e2": []}
    with_empty = sklearn_similar(tags)["q"]
    assert_same_ranking(tfidf_similar_tracks(tags, "q", 5), with_empty, dict(with_empty))
    without = sklearn_similar(tags, keep_empty=False)["q"]
    assert not math.isclose(with_empty[0][1], without[0][1], rel_tol=1e-6)


def test_cases_are_not_trivial() -> None:
    """The random catalogs have untagged tracks, repeated tags and non-empty answers."""
    assert sum(any(not v for v in tags.values()) for tags in CASES) > len(CASES) // 3
    assert sum(any(len(set(v)) < len(v) for v in tags.values()) for tags in CASES) > len(
        CASES) // 2
    assert sum(bool(tfidf_similar_tracks(tags, next(iter(tags)), 5)) for tags in CASES) > len(
        CASES) // 2
