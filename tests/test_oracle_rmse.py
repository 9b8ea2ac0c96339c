"""rmse against sklearn.metrics.root_mean_squared_error.

sklearn divides by n (no n - 1) and takes the square root of the MSE, as the
statement does; versions before 1.4 lack root_mean_squared_error, so then the
square root of mean_squared_error stands in. sklearn also rejects the inputs
the statement rejects (unequal lengths, no samples, NaN or inf) with
ValueError, which is checked too.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from sklearn import metrics

from .oracles import reference

rmse = reference("rmse")


def sklearn_rmse(y_true: object, y_pred: object) -> float:
    if hasattr(metrics, "root_mean_squared_error"):
        return float(metrics.root_mean_squared_error(y_true, y_pred))
    return math.sqrt(metrics.mean_squared_error(y_true, y_pred))


@pytest.mark.parametrize("seed", range(150))
def test_agrees_with_sklearn(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.choice([1, 2, 3, 5, 10, 100, rng.randrange(1, 2000)])
    y_true = [rng.choice([rng.randint(1, 5), rng.uniform(-1e6, 1e6), rng.random()])
              for _ in range(n)]
    y_pred = [t + rng.gauss(0, rng.choice([0.1, 1.0, 1e3])) for t in y_true]
    if rng.random() < 0.5:
        y_true, y_pred = np.array(y_true), np.array(y_pred)
    got = rmse(y_true, y_pred)
    assert isinstance(got, float)
    assert math.isclose(got, sklearn_rmse(y_true, y_pred), rel_tol=1e-12, abs_tol=1e-12)


def test_agrees_with_sklearn_on_a_million() -> None:
    gen = np.random.default_rng(3)
    y_true = gen.integers(1, 11, 10**6) / 2.0
    y_pred = y_true + gen.normal(0.0, 0.9, 10**6)
    assert math.isclose(rmse(y_true, y_pred), sklearn_rmse(y_true, y_pred), rel_tol=1e-12)


@pytest.mark.parametrize(("y_true", "y_pred"), [
    ([1.0, 2.0], [1.0]), ([], []), ([1.0, math.nan], [1.0, 2.0]), ([1.0], [math.inf]),
    ([-math.inf, 0.0], [0.0, 0.0]),
], ids=["lengths", "empty", "nan", "inf", "minus-inf"])
def test_rejects_what_sklearn_rejects(y_true: list[float], y_pred: list[float]) -> None:
    with pytest.raises(ValueError):
        sklearn_rmse(y_true, y_pred)
    with pytest.raises(ValueError):
        rmse(y_true, y_pred)
