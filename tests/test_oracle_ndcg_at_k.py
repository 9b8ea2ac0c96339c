"""Cross-check ndcg_at_k's reference against sklearn.metrics.ndcg_score.

sklearn scores documents, not a ranked list: y_true holds every document's
grade and y_score its predicted score, and it ranks by y_score itself. The
mapping, minding the definitional differences:

- documents are the returned tracks (scores n, n-1, ..., 1 in list order) and
  the judged tracks that were not returned (scores below every returned one);
- the spec's ranking simply ends after len(ranked) slots, while sklearn would
  move the unreturned judged tracks up into the empty slots when the list is
  shorter than k: k filler documents of grade 0, scored between the returned
  and the unreturned tracks, keep those slots empty of gain;
- every score is distinct, because sklearn averages the gains of documents
  with tied scores (ignore_ties=False); ties among the GRADES are harmless:
  both sides compute the ideal DCG from the sorted grades alone;
- sklearn needs at least 2 documents (the fillers guarantee it) and returns 0
  for a sample whose ideal DCG is 0, like the spec;
- sklearn's gain is linear; the exponential gain is checked by handing
  sklearn the grades already transformed to 2**rel - 1.
"""

import math
import random

import numpy as np
import pytest
from sklearn.metrics import ndcg_score

from tests.oracles import reference as load_reference

ndcg_at_k = load_reference("ndcg_at_k")

GRADES = [0, 0, 1, 1, 2, 3, 0.5, 1.5, 4]


def sklearn_ndcg(ranked: list[str], relevance: dict[str, float], k: int, gain: str) -> float:
    unreturned = [track for track in relevance if track not in set(ranked)]
    grades = ([relevance.get(track, 0) for track in ranked] + [0] * k
              + [relevance[track] for track in unreturned])
    y_true = np.array(grades, dtype=float)
    if gain == "exponential":
        y_true = np.exp2(y_true) - 1
    y_score = np.arange(len(grades), 0, -1, dtype=float)  # distinct, in list order
    return float(ndcg_score([y_true], [y_score], k=k))


def random_case(rng: random.Random) -> tuple[list[str], dict[str, float], int, str]:
    pool = [f"t{i}" for i in range(rng.randrange(1, 30))]
    ranked = rng.sample(pool, rng.randrange(0, len(pool) + 1))
    judged = rng.sample(pool, rng.randrange(0, len(pool) + 1))
    relevance = {track: rng.choice(GRADES) if rng.random() < 0.8 else rng.uniform(0, 5)
                 for track in judged}
    return ranked, relevance, rng.randrange(1, 35), rng.choice(["linear", "exponential"])


@pytest.mark.parametrize("seed", range(300))
def test_matches_sklearn_ndcg_score(seed: int) -> None:
    ranked, relevance, k, gain = random_case(random.Random(seed))
    got = ndcg_at_k(ranked, relevance, k, gain=gain)
    want = sklearn_ndcg(ranked, relevance, k, gain)
    assert isinstance(got, float)
    assert math.isclose(got, want, rel_tol=1e-12, abs_tol=1e-15), (ranked, relevance, k, gain)


def test_no_gain_anywhere_is_zero_in_both() -> None:
    assert ndcg_at_k(["a", "b"], {"a": 0, "c": 0}, 3) == 0.0
    assert sklearn_ndcg(["a", "b"], {"a": 0, "c": 0}, 3, "linear") == 0.0


def test_both_refuse_negative_grades() -> None:
    with pytest.raises(ValueError):
        ndcg_at_k(["a", "b"], {"a": 1, "b": -1}, 2)
    with pytest.raises(ValueError):
        ndcg_score([[1.0, -1.0]], [[2.0, 1.0]])
