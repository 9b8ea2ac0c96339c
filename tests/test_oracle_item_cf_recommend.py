"""Cross-check item_cf_recommend's reference against scikit-learn and implicit.

Random play matrices (seeded): several shapes and densities, so all-zero
columns (tracks nobody played), listeners without plays, stored zeros and
exact ties all occur.

- ``sklearn.metrics.pairwise.cosine_similarity(R.T)`` is the dense track x
  track cosine matrix; sklearn normalizes with norm 1 in place of 0, so an
  all-zero column gets similarity 0, as the spec says. Scores are the user's
  row times that matrix; played tracks (value > 0) and scores <= 0 are
  dropped, the rest ordered by (-score, id).
- ``implicit.nearest_neighbours.CosineRecommender(K=tracks)`` computes the
  same cosine item-item matrix (K = every track, so no neighbour is cut;
  the matrix includes each track's similarity 1 to itself, which only ever
  adds to tracks the user played, and those are filtered). Differences
  minded here:
  * its scorer needs float data (int counts raise TypeError): R.astype(float);
  * it takes every STORED entry of the user's row as "liked", and 0 / 0 = nan
    in its normalization for a column of stored zeros: the spec says a stored
    0 is no play, so implicit gets R with the stored zeros eliminated (the
    same matrix for the spec);
  * ``recommend(N=...)`` pads the list with score-0 items (also filtered,
    already played ones) when fewer than N have a positive score: those are
    dropped before comparing;
  * its order among tied scores is arbitrary: rankings are compared by
    score, place by place, within 1e-9 relative (the catalog's rule for
    computed scores), and the sets of ids where no tie is cut.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from implicit.nearest_neighbours import CosineRecommender
from scipy.sparse import csr_matrix
from sklearn.metrics.pairwise import cosine_similarity

from tests.oracles import reference as load_reference

item_cf_recommend = load_reference("item_cf_recommend")

# implicit's CosineRecommender normalizes into a COO matrix and then warns that
# its own all-pairs code "expects CSR input": noise, not a finding.
pytestmark = pytest.mark.filterwarnings("ignore:Method expects CSR input")


def random_matrix(rng: random.Random) -> csr_matrix:
    users, tracks = rng.randrange(1, 40), rng.randrange(1, 30)
    density = rng.choice([0.05, 0.1, 0.2, 0.4])
    values = rng.choice([[1], [1, 2, 3], [1, 1, 2, 5, 10], [0.5, 1.25, 3.0]])
    dense = np.zeros((users, tracks))
    for u in range(users):
        for j in range(tracks):
            if rng.random() < density:
                dense[u, j] = rng.choice(values)
    keep = dense != 0
    for _ in range(rng.randrange(0, 4)):  # a few stored zeros
        keep[rng.randrange(users), rng.randrange(tracks)] = True
    indptr = np.concatenate([[0], np.cumsum(keep.sum(axis=1))])
    dtype = np.float64 if any(v % 1 for v in values) else rng.choice([np.int64, np.float64])
    return csr_matrix((dense[keep].astype(dtype), np.nonzero(keep)[1], indptr),
                      shape=dense.shape)


def sklearn_scores(R: csr_matrix, user: int) -> dict[int, float]:
    similarity = cosine_similarity(R.T)  # dense tracks x tracks
    mine = R[user].toarray().ravel().astype(float)
    scores = mine @ similarity
    return {j: float(scores[j]) for j in range(R.shape[1]) if mine[j] == 0 and scores[j] > 0}


def ranked(scores: dict[int, float], n: int) -> list[int]:
    return sorted(scores, key=lambda j: (-scores[j], j))[:n]


def same_ranking(got: list[int], want: list[int], scores: dict[int, float]) -> None:
    assert len(got) == len(want), (got, want)
    for a, b in zip(got, want, strict=True):
        assert math.isclose(scores[a], scores[b], rel_tol=1e-9), (got, want, a, b)


def implicit_recs(R: csr_matrix, user: int, n: int) -> tuple[list[int], list[float]]:
    counts = R.astype(np.float64)
    counts.eliminate_zeros()
    model = CosineRecommender(K=R.shape[1], num_threads=1)
    model.fit(counts, show_progress=False)
    ids, scores = model.recommend(user, counts[user], N=max(n, 1))
    kept = [(int(i), float(s)) for i, s in zip(ids, scores, strict=True) if s > 0][:n]
    return [i for i, _ in kept], [s for _, s in kept]


@pytest.mark.parametrize("seed", range(150))
def test_matches_sklearn_cosine(seed: int) -> None:
    rng = random.Random(seed)
    R = random_matrix(rng)
    user = rng.randrange(R.shape[0])
    n = rng.choice([0, 1, 3, 10, 100])
    scores = sklearn_scores(R, user)
    got = item_cf_recommend(R, user, n)
    assert all(type(j) is int for j in got)
    same_ranking(got, ranked(scores, n), scores)
    if n >= len(scores):  # nothing cut: exactly the candidate set
        assert set(got) == set(scores)


@pytest.mark.parametrize("seed", range(150))
def test_matches_implicit_cosine_recommender(seed: int) -> None:
    rng = random.Random(10_000 + seed)
    R = random_matrix(rng)
    user = rng.randrange(R.shape[0])
    n = rng.choice([1, 3, 10, 100])
    ids, implicit_scores = implicit_recs(R, user, n)
    got = item_cf_recommend(R, user, n)
    scores = sklearn_scores(R, user)
    same_ranking(got, ids, scores)
    for j, s in zip(ids, implicit_scores, strict=True):
        assert math.isclose(s, scores[j], rel_tol=1e-9)


def test_larger_matrix_against_both() -> None:
    gen = np.random.default_rng(3)
    users, tracks = 2000, 400
    dense = (gen.random((users, tracks)) < 0.02) * gen.geometric(0.3, (users, tracks))
    dense[:, gen.choice(tracks, 20, replace=False)] = 0  # tracks nobody played
    R = csr_matrix(dense)
    for user in (0, 5, 1999):
        scores = sklearn_scores(R, user)
        got = item_cf_recommend(R, user, 50)
        same_ranking(got, ranked(scores, 50), scores)
        ids, _ = implicit_recs(R, user, 50)
        same_ranking(got, ids, scores)


def test_does_not_touch_R() -> None:
    R = random_matrix(random.Random(99))
    before = (R.data.copy(), R.indices.copy(), R.indptr.copy())
    item_cf_recommend(R, 0, 5)
    for a, b in zip(before, (R.data, R.indices, R.indptr), strict=True):
        assert np.array_equal(a, b)
