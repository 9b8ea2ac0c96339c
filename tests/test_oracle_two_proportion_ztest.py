"""two_proportion_ztest against statsmodels.stats.proportion.proportions_ztest.

statsmodels with two counts and ``value=None`` tests p_a - p_b = 0 with the
pooled variance (its default ``prop_var=False`` pools the counts), and its
``alternative`` names ("two-sided", "larger", "smaller") mean what the
statement says ("larger": p_a > p_b). One definitional difference: when the
pooled rate is 0 or 1 statsmodels divides 0 by 0 and returns (nan, nan),
where the statement asks for (0.0, 1.0); those cases are compared separately.
"""

from __future__ import annotations

import math
import random
import warnings

import pytest
from statsmodels.stats.proportion import proportions_ztest

from .oracles import reference

two_proportion_ztest = reference("two_proportion_ztest")

ALTERNATIVES = ["two-sided", "larger", "smaller"]


def statsmodels_test(conv_a: int, n_a: int, conv_b: int, n_b: int,
                     alternative: str) -> tuple[float, float]:
    z, p = proportions_ztest([conv_a, conv_b], [n_a, n_b], alternative=alternative)
    return float(z), float(p)


@pytest.mark.parametrize("seed", range(300))
def test_agrees_with_statsmodels(seed: int) -> None:
    rng = random.Random(seed)
    scale = rng.choice([10, 100, 10_000, 10**9])
    n_a, n_b = rng.randint(1, scale), rng.randint(1, scale)
    conv_a, conv_b = rng.randint(0, n_a), rng.randint(0, n_b)
    if conv_a + conv_b in (0, n_a + n_b):
        conv_a = 1 if conv_a == 0 else conv_a - 1
    alternative = rng.choice(ALTERNATIVES)
    z, p = two_proportion_ztest(conv_a, n_a, conv_b, n_b, alternative)
    want_z, want_p = statsmodels_test(conv_a, n_a, conv_b, n_b, alternative)
    assert math.isclose(z, want_z, rel_tol=1e-12, abs_tol=1e-12)
    assert math.isclose(p, want_p, rel_tol=1e-12, abs_tol=1e-15)


@pytest.mark.parametrize("alternative", ALTERNATIVES)
@pytest.mark.parametrize("counts", [(0, 10, 0, 20), (10, 10, 20, 20), (1, 1, 1, 1)])
def test_zero_standard_error(counts: tuple[int, int, int, int], alternative: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        z, p = statsmodels_test(*counts, alternative)
    assert math.isnan(z) and math.isnan(p)  # statsmodels' 0 / 0
    assert two_proportion_ztest(*counts, alternative) == (0.0, 1.0)  # the statement's rule
