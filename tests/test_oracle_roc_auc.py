"""roc_auc against sklearn.metrics.roc_auc_score and scipy's Mann-Whitney U.

sklearn builds the ROC curve with one point per distinct threshold, so a tie
group is a diagonal segment and a tied (positive, negative) pair counts one
half, as the statement says; scipy.stats.mannwhitneyu(positives, negatives)
returns U of the first sample with average ranks for ties, and U / (n+ n-)
is the same AUC. One difference: with a single class sklearn (1.9) warns
UndefinedMetricWarning and returns nan, where the statement raises ValueError.
"""

from __future__ import annotations

import math
import random
import warnings

import numpy as np
import pytest
from scipy.stats import mannwhitneyu
from sklearn.metrics import roc_auc_score

from .oracles import reference

roc_auc = reference("roc_auc")


def random_case(rng: random.Random) -> tuple[list[object], list[float]]:
    n = rng.choice([2, 3, 5, 10, 50, rng.randrange(2, 3000)])
    grid = rng.choice([2, 5, 100, 0])  # 0: continuous scores, few ties
    labels: list[object] = [int(rng.random() < rng.choice([0.1, 0.5, 0.9])) for _ in range(n)]
    if len(set(labels)) == 1:
        labels[0] = 1 - int(labels[0])  # type: ignore[call-overload]
    scores = [round(rng.random() * grid) / grid if grid else rng.gauss(0, 1) for _ in range(n)]
    kind = rng.choice([int, float, bool])
    return [kind(label) for label in labels], scores


@pytest.mark.parametrize("seed", range(150))
def test_agrees_with_sklearn_and_mann_whitney(seed: int) -> None:
    rng = random.Random(seed)
    labels, scores = random_case(rng)
    got = roc_auc(labels, scores)
    assert isinstance(got, float)
    assert math.isclose(got, roc_auc_score(labels, scores), rel_tol=1e-12, abs_tol=1e-12)
    y, s = np.asarray(labels, dtype=float), np.asarray(scores)
    pos, neg = s[y == 1], s[y == 0]
    u = mannwhitneyu(pos, neg, method="asymptotic").statistic
    assert math.isclose(got, u / (pos.size * neg.size), rel_tol=1e-12, abs_tol=1e-12)


def test_agrees_with_sklearn_on_a_million() -> None:
    rng = np.random.default_rng(9)
    labels = (rng.random(10**6) < 0.3).astype(int)
    scores = np.round(rng.random(10**6) * 0.7 + 0.3 * labels, 3)
    assert math.isclose(roc_auc(labels.tolist(), scores.tolist()),
                        roc_auc_score(labels, scores), rel_tol=1e-12)


@pytest.mark.parametrize(("labels", "scores"), [([1, 1], [0.2, 0.4]), ([0], [0.5])],
                         ids=["only-positives", "one-negative"])
def test_single_class_is_undefined(labels: list[int], scores: list[float]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            undefined = math.isnan(roc_auc_score(labels, scores))
        except ValueError:  # sklearn before 1.6 raised
            undefined = True
    assert undefined
    with pytest.raises(ValueError):
        roc_auc(labels, scores)
