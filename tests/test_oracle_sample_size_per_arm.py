"""sample_size_per_arm against statsmodels' samplesize_proportions_2indep_onetail.

With ratio=1 and value=0, statsmodels computes, for p1 = prop2 + diff and
p2 = prop2 (its prop2 is the base rate, its diff our mde_abs):

    std_null = sqrt(2 pbar (1 - pbar)), pbar = (p1 + p2) / 2   (pooled variance under H0)
    std_alt  = sqrt(p1 (1 - p1) + p2 (1 - p2))                 (variance under H1)
    nobs1    = (max(isf(alpha') std_null - isf(power) std_alt, 0) / diff)^2

with alpha' = alpha / 2 for "two-sided" and alpha for a one-sided alternative.
isf(power) = -z_power, so this is the statement's formula before rounding up,
exactly, except for the clamp at 0, which only acts when power < 1/2 makes the
sum negative (the tests use power >= 0.5). statsmodels returns the unrounded
float; the statement returns ceil of it, and within 1e-9 of an integer
either neighbour.
"""

from __future__ import annotations

import math
import random

import pytest
from statsmodels.stats.proportion import samplesize_proportions_2indep_onetail

from .oracles import reference

sample_size_per_arm = reference("sample_size_per_arm")


@pytest.mark.parametrize("seed", range(300))
def test_is_the_ceiling_of_statsmodels(seed: int) -> None:
    rng = random.Random(seed)
    p_base = rng.choice([rng.uniform(0.001, 0.999), rng.randint(1, 99) / 100])
    target = rng.uniform(0.001, 0.999)
    mde = target - p_base
    if abs(mde) < 1e-4:
        mde = 0.01 if p_base < 0.5 else -0.01
    alpha = rng.choice([0.05, 0.01, 0.1, 0.2, 0.001, rng.uniform(0.0001, 0.5)])
    power = rng.choice([0.8, 0.9, 0.5, 0.99, rng.uniform(0.5, 0.999)])
    two_sided = rng.random() < 0.5
    got = sample_size_per_arm(p_base, mde, alpha, power, two_sided)
    exact = samplesize_proportions_2indep_onetail(
        mde, p_base, power, ratio=1, alpha=alpha,
        alternative="two-sided" if two_sided else ("larger" if mde > 0 else "smaller"))
    assert type(got) is int
    tol = 1e-9 * max(1.0, exact)
    assert math.ceil(exact - tol) <= got <= math.ceil(exact + tol), (got, exact)


def test_catalog_example() -> None:
    # 10% -> 12%, two-sided alpha 0.05, power 0.8: statsmodels gives 3840.85
    assert samplesize_proportions_2indep_onetail(0.02, 0.1, 0.8) == pytest.approx(3840.847, 1e-6)
    assert sample_size_per_arm(0.1, 0.02) == 3841
