"""Cross-check of the predict_rating reference against surprise.KNNBasic.

KNNBasic(k=k, min_k=1, sim_options={"name": "cosine", "user_based": True})
computes the spec's similarity: the dot product and both norms summed over
the co-rated items only (prods / sqrt(sqi * sqj)), 0 without a co-rated item
(min_support = 1). Its estimate takes heapq.nlargest(k) over the item's
raters by similarity, then keeps those with sim > 0 and returns
sum(sim r) / sum(sim); when nothing is left (or the user or item is
unknown, or k = 0) it raises PredictionImpossible and predict() falls back to
the trainset's global mean. Taking the top k first and dropping sim <= 0
afterwards keeps the same set as the spec's "top k among sim > 0" (the
non-positive ones rank last). Three differences had to be aligned:

- the user is their own neighbour in surprise when they rated the item
  (sim[u, u] = 1). Setting sim[u, u] = 0 after fit drops them exactly:
  a 0 ranks below every positive neighbour and is then filtered out;
- ties: nlargest is stable, so equal similarities keep the order of the
  item's raters in the trainset, which is the data's row order. The data
  is handed to surprise sorted by listener id, which makes that order
  ascending id, the spec's tie rule;
- predict() clips the estimate to the rating scale; clip=False turns that
  off (a weighted mean of ratings in [0.5, 5] never needs it anyway).

With half-star ratings the sums are exact, and both compute the similarity
with the same formula, so the two choose the same neighbours and agree to
rounding (rel 1e-9). surprise does not reject duplicate (listener, track)
rows (the spec raises ValueError), so the random logs have none.
"""

from __future__ import annotations

import random

import pandas as pd
import pytest
from surprise import Dataset, KNNBasic, Reader

from tests.oracles import reference as load_reference

predict_rating = load_reference("predict_rating")

STARS = [0.5, 1.0, 2.0, 2.5, 3.0, 4.0, 4.5, 5.0]


def fit_knn(ratings: list[tuple[str, str, float]]) -> KNNBasic:
    frame = pd.DataFrame(sorted(ratings), columns=["user", "item", "rating"])
    trainset = Dataset.load_from_df(frame, Reader(rating_scale=(0.5, 5.0))).build_full_trainset()
    algo = KNNBasic(min_k=1, sim_options={"name": "cosine", "user_based": True}, verbose=False)
    return algo.fit(trainset)


def surprise_predict(algo: KNNBasic, user: str, track: str, k: int) -> float:
    algo.k = k
    if algo.trainset.knows_user(inner := _inner(algo, user)):
        saved = algo.sim[inner, inner]
        algo.sim[inner, inner] = 0.0  # the user is never their own neighbour
        try:
            return float(algo.predict(user, track, clip=False).est)
        finally:
            algo.sim[inner, inner] = saved
    return float(algo.predict(user, track, clip=False).est)


def _inner(algo: KNNBasic, user: str) -> int:
    try:
        return int(algo.trainset.to_inner_uid(user))
    except ValueError:
        return -1


def random_log(rng: random.Random, n_users: int, n_tracks: int,
               density: float) -> list[tuple[str, str, float]]:
    users = [f"u{i}" for i in range(n_users)] + ["B", "t10", "t9"]
    tracks = [f"s{j}" for j in range(n_tracks)]
    log = [(u, t, rng.choice(STARS)) for u in users for t in tracks if rng.random() < density]
    rng.shuffle(log)
    return log or [("u0", "s0", 3.0)]


def small_log(seed: int) -> list[tuple[str, str, float]]:
    """Up to 10 listeners and 5 tracks, half of the pairs rated: many exact ties."""
    rng = random.Random(seed)
    return random_log(rng, rng.randint(2, 7), rng.randint(1, 5), 0.5)


SMALL = [small_log(seed) for seed in range(60)]


@pytest.mark.parametrize("log", SMALL, ids=[f"log{i}" for i in range(len(SMALL))])
def test_every_question_matches_surprise(log: list[tuple[str, str, float]]) -> None:
    """Every (listener, track) of a small log, known or not, for several k."""
    algo = fit_knn(log)
    users = [*sorted({u for u, _, _ in log}), "nobody"]
    tracks = [*sorted({t for _, t, _ in log}), "unknown"]
    for user in users:
        for track in tracks:
            for k in (0, 1, 2, 3, 40):
                want = surprise_predict(algo, user, track, k)
                got = predict_rating(log, user, track, k)
                assert got == pytest.approx(want, rel=1e-9, abs=1e-12), (user, track, k)


@pytest.mark.parametrize("seed", range(5))
def test_larger_logs_match_surprise(seed: int) -> None:
    rng = random.Random(100 + seed)
    log = random_log(rng, 150, 60, 0.08)
    algo = fit_knn(log)
    users = sorted({u for u, _, _ in log})
    tracks = sorted({t for _, t, _ in log})
    for _ in range(60):
        user, track, k = rng.choice(users), rng.choice(tracks), rng.choice([1, 5, 10, 40])
        want = surprise_predict(algo, user, track, k)
        assert predict_rating(log, user, track, k) == pytest.approx(want, rel=1e-9, abs=1e-12)


def test_alignment_matters() -> None:
    """Without the two alignments surprise answers differently: the user counts
    as their own neighbour, and ties follow the data's row order."""
    log = [("me", "a", 4.0), ("me", "x", 1.0), ("v", "a", 2.0), ("v", "x", 5.0)]
    algo = fit_knn(log)
    algo.k = 40
    assert algo.predict("me", "x", clip=False).est != pytest.approx(5.0)  # me counted
    assert surprise_predict(algo, "me", "x", 40) == pytest.approx(5.0)
    assert predict_rating(log, "me", "x") == pytest.approx(5.0)

    tie = [("me", "a", 4.0), ("w", "a", 4.0), ("w", "x", 1.0), ("v", "a", 4.0), ("v", "x", 5.0)]
    frame = pd.DataFrame(tie, columns=["user", "item", "rating"])  # rows as given: w first
    unsorted = KNNBasic(k=1, min_k=1, sim_options={"name": "cosine", "user_based": True},
                        verbose=False)
    unsorted.fit(Dataset.load_from_df(frame, Reader(rating_scale=(0.5, 5.0)))
                 .build_full_trainset())
    assert unsorted.predict("me", "x", clip=False).est == pytest.approx(1.0)  # w kept
    assert surprise_predict(fit_knn(tie), "me", "x", 1) == pytest.approx(5.0)  # v < w
    assert predict_rating(tie, "me", "x", 1) == pytest.approx(5.0)
