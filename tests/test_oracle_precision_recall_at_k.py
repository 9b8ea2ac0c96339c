"""Cross-check precision_recall_at_k's reference against sklearn's precision and
recall (precision_recall_fscore_support, the function behind precision_score and
recall_score) on per-listener indicator vectors.

For one listener the documents are the distinct tracks of the first k slots and
the played tracks; y_true marks the played ones, y_pred the recommended ones.
sklearn's precision is TP / (TP + FP) = hits / (distinct recommended tracks),
while the spec divides by k, counting empty and repeated slots as misses: so
y_pred also marks k - (distinct recommended) filler documents that are never
relevant, making TP + FP = k exactly. Recall is TP / (TP + FN) = hits / |played|
as in the spec. The macro average is the mean of the per-listener values over
the listeners with a non-empty set (sklearn's zero_division never comes into
play: every listener has k predicted and >= 1 relevant documents).
"""

import random
import statistics

import pytest
from sklearn.metrics import precision_recall_fscore_support

from tests.oracles import reference as load_reference

precision_recall_at_k = load_reference("precision_recall_at_k")

TRACKS = [f"t{i}" for i in range(12)]


def sklearn_pair(ranked: list[str], played: set[str], k: int) -> tuple[float, float]:
    top = list(dict.fromkeys(ranked[:k]))
    fillers = [f"empty-slot-{i}" for i in range(k - len(top))]
    documents = sorted(set(top) | played) + fillers
    shown = set(top) | set(fillers)
    y_true = [int(doc in played) for doc in documents]
    y_pred = [int(doc in shown) for doc in documents]
    precision, recall, _, _ = precision_recall_fscore_support(
        y_true, y_pred, average="binary", zero_division=0.0)
    return float(precision), float(recall)


def random_case(rng: random.Random) -> tuple[dict[str, list[str]], dict[str, set[str]], int]:
    users = [f"u{i}" for i in range(rng.randrange(1, 8))]
    recs = {u: rng.choices(TRACKS, k=rng.randrange(0, 15)) for u in users if rng.random() < 0.85}
    relevant = {u: set(rng.sample(TRACKS, rng.randrange(0, 6))) for u in users
                if rng.random() < 0.9}
    recs["only-in-recs"] = rng.choices(TRACKS, k=5)
    if not any(relevant.values()):
        relevant[users[0]] = {rng.choice(TRACKS)}
    return recs, relevant, rng.randrange(1, 13)


@pytest.mark.parametrize("seed", range(100))
def test_macro_average_of_sklearn_scores(seed: int) -> None:
    recs, relevant, k = random_case(random.Random(seed))
    pairs = [sklearn_pair(recs.get(u, []), played, k) for u, played in relevant.items()
             if played]
    want = (statistics.fmean(p for p, _ in pairs), statistics.fmean(r for _, r in pairs))
    got = precision_recall_at_k(recs, relevant, k)
    assert isinstance(got, tuple) and len(got) == 2
    assert got == pytest.approx(want, rel=1e-12, abs=1e-15)


def test_no_eligible_listener_and_bad_k_raise() -> None:
    with pytest.raises(ValueError):
        precision_recall_at_k({"u": ["a"]}, {"u": set()}, 3)
    with pytest.raises(ValueError):
        precision_recall_at_k({"u": ["a"]}, {"u": {"a"}}, 0)
