"""Cross-check map_at_k's reference against sklearn.metrics.average_precision_score.

sklearn computes, for one listener, AP = sum over thresholds of
(R_n - R_{n-1}) P_n from scores over documents: with distinct scores that is
(1 / number of positive documents) * sum of P@i over the positive positions,
the uncut AP. The definitional differences minded:

- the cutoff: the comparison uses k >= the longest list and k >= every played
  set, so that min(|set|, k) = |set| and no slot is cut;
- repeats: the documents are the distinct tracks in first-position order (a
  repeat counts only at its first position in the spec) and the spec's depth i
  counts the repeated slots too, so lists here have no repeats;
- tied scores: sklearn groups documents with equal scores into one threshold;
  the scores here are distinct (list order);
- played tracks that were never recommended: sklearn knows only the documents
  it is given. With them appended below every recommended track,
  sklearn's AP would credit their positions; so the documents are the list
  only, sklearn divides by the H played tracks found, and the spec's AP is
  (H / |set|) * sklearn's AP; a listener with H = 0 has AP 0 (sklearn warns
  and returns 0 there, so it is not asked);
- the spec's mean is over the listeners with a non-empty set (sklearn has no
  notion of listeners): the per-listener values are averaged here.
"""

import random
import statistics

import pytest
from sklearn.metrics import average_precision_score

from tests.oracles import reference as load_reference

map_at_k = load_reference("map_at_k")

TRACKS = [f"t{i}" for i in range(20)]


def sklearn_ap(ranked: list[str], played: set[str]) -> float:
    y_true = [int(track in played) for track in ranked]
    found = sum(y_true)
    if found == 0:
        return 0.0
    y_score = list(range(len(ranked), 0, -1))  # distinct, in list order
    return found / len(played) * float(average_precision_score(y_true, y_score))


def random_case(rng: random.Random) -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    users = [f"u{i}" for i in range(rng.randrange(1, 8))]
    recs = {u: rng.sample(TRACKS, rng.randrange(0, 15)) for u in users if rng.random() < 0.85}
    relevant = {u: set(rng.sample(TRACKS, rng.randrange(0, 8))) for u in users
                if rng.random() < 0.9}
    recs["only-in-recs"] = rng.sample(TRACKS, 5)
    if not any(relevant.values()):
        relevant[users[0]] = {rng.choice(TRACKS)}
    return recs, relevant


@pytest.mark.parametrize("seed", range(150))
def test_mean_of_sklearn_average_precision(seed: int) -> None:
    rng = random.Random(seed)
    recs, relevant = random_case(rng)
    k = max(max(map(len, recs.values())), max(map(len, relevant.values()))) + rng.randrange(3)
    want = statistics.fmean(sklearn_ap(recs.get(u, []), played)
                            for u, played in relevant.items() if played)
    got = map_at_k(recs, relevant, k)
    assert isinstance(got, float)
    assert got == pytest.approx(want, rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("seed", range(50))
def test_every_played_track_recommended(seed: int) -> None:
    """When every played track is in the list, sklearn's AP is the spec's AP exactly."""
    rng = random.Random(1000 + seed)
    ranked = rng.sample(TRACKS, rng.randrange(1, 15))
    played = set(rng.sample(ranked, rng.randrange(1, len(ranked) + 1)))
    want = float(average_precision_score([int(t in played) for t in ranked],
                                         list(range(len(ranked), 0, -1))))
    assert map_at_k({"u": ranked}, {"u": played}, len(ranked)) == pytest.approx(want, rel=1e-12)


def test_repeats_count_at_their_first_position() -> None:
    """A repeat is the same document as its first copy, but its slot still counts in the depth."""
    got = map_at_k({"u": ["a", "a", "b"]}, {"u": {"a", "b"}}, 3)
    assert got == pytest.approx((1 / 1 + 2 / 3) / 2, rel=1e-12)
