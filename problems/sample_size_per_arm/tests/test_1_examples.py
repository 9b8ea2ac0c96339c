"""The statement's examples and hand-picked edge cases.

The answer must be an int equal to ceil(x) for the exact value x of the
formula; within 1e-9 (relative) of an integer either neighbour is accepted.
"""

import math

import pytest

from checks import check_size
from judge.testing import Call, cases, raising

NAN = math.nan


check_example = check_size  # checks the statement's examples too


test_defaults = cases(
    "Defaults: two-sided alpha = 0.05 (z = 1.96) and power = 0.8 (z = 0.84); round up.", {
    "ten-percent": (0.1, 0.02),
    "two-percent": (0.02, 0.005),
    "half": (0.5, 0.1),
    "thirty-percent": (0.3, 0.05),
    "ninety-percent": (0.9, 0.05),
    "small-lift": (0.05, 0.001),
}, check=check_size)


@pytest.mark.parametrize(("p_base", "mde_abs", "alpha"), [
    (0.1, 0.02, 0.05), (0.3, 0.05, 0.01), (0.5, -0.1, 0.1), (0.2, 0.04, 0.2),
])
@pytest.mark.parametrize("two_sided", [True, False], ids=["two-sided", "one-sided"])
def test_sides(solution, reference, p_base, mde_abs, alpha, two_sided):
    """Two-sided uses z_{1 - alpha/2}, one-sided z_{1 - alpha}."""
    check_size(solution, reference, p_base, mde_abs, alpha=alpha, two_sided=two_sided)


@pytest.mark.parametrize(("alpha", "power"), [
    (0.05, 0.9), (0.01, 0.8), (0.01, 0.99), (0.1, 0.5), (0.001, 0.95), (0.2, 0.6),
])
def test_alpha_and_power(solution, reference, alpha, power):
    """Other significance levels and powers (power 0.5 makes z_power = 0)."""
    check_size(solution, reference, 0.1, 0.02, alpha=alpha, power=power)
    check_size(solution, reference, 0.4, -0.03, alpha, power, False)


test_negative_mde = cases("A drop (mde_abs < 0) is a valid effect: p2 = p_base + mde_abs.", {
    "drop": (0.12, -0.02),
    "half-drop": (0.5, -0.1),
    "big-drop": (0.9, -0.3),
    "to-one-percent": (0.03, -0.02),
}, check=check_size)


test_large_sizes = cases(
    "Tiny effects need hundreds of millions of listeners: use the formula, do not search.", {
    "tiny-lift": (0.1, 0.0001),
    "tinier-lift": (0.5, 0.00005),
    "rare-event": (0.001, 0.0005),
    "near-one": (0.999, -0.001),
}, check=check_size)


test_small_sizes = cases("Huge effects need only a handful of listeners (at least 1).", {
    "huge-lift": Call(0.01, 0.98, alpha=0.05, power=0.8),
    "coin-flip-alpha": Call(0.3, 0.6, alpha=0.5, power=0.5),
    "big-lift": Call(0.5, 0.4, alpha=0.2, power=0.6),
}, check=check_size)


def test_returns_an_int(solution, reference):
    """The result is an int (not a float like 3841.0, not a numpy integer)."""
    check_size(solution, reference, 0.1, 0.02)


INVALID = {
    "mde_abs = 0": ((0.1, 0.0), {}),
    "p_base = 0": ((0.0, 0.1), {}),
    "p_base = 1": ((1.0, -0.1), {}),
    "p_base < 0": ((-0.1, 0.2), {}),
    "p_base > 1": ((1.2, -0.3), {}),
    "p_base + mde_abs = 1": ((0.9, 0.1), {}),
    "p_base + mde_abs = 0": ((0.25, -0.25), {}),
    "p_base + mde_abs > 1 (p2 = 1.05)": ((0.5, 0.55), {}),
    "p_base + mde_abs < 0": ((0.1, -0.3), {}),
    "alpha = 0": ((0.1, 0.02), {"alpha": 0.0}),
    "alpha = 1": ((0.1, 0.02), {"alpha": 1.0}),
    "alpha < 0": ((0.1, 0.02), {"alpha": -0.05}),
    "alpha = 5 (a percentage)": ((0.1, 0.02), {"alpha": 5}),
    "power = 0": ((0.1, 0.02), {"power": 0.0}),
    "power = 1": ((0.1, 0.02), {"power": 1.0}),
    "power = 80 (a percentage)": ((0.1, 0.02), {"power": 80}),
    "p_base = nan": ((NAN, 0.02), {}),
    "mde_abs = nan": ((0.1, NAN), {}),
    "alpha = nan": ((0.1, 0.02), {"alpha": NAN}),
    "power = nan": ((0.1, 0.02), {"power": NAN}),
}


test_invalid_arguments_raise = raising(
    "p_base or p_base + mde_abs outside (0, 1), mde_abs = 0, or alpha or power outside (0, 1)"
    " raise ValueError.", {k: Call(*a, **kw) for k, (a, kw) in INVALID.items()})
