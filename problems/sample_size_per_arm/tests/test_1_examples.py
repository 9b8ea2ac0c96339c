"""Hand-picked edge cases; the statement's examples (collected by the judge) are
checked by check_size too: an int, ceil of the formula, either neighbour within
1e-9 (relative) of an integer."""

import math

from checks import check_size
from judge.testing import Call, cases, raising

NAN = math.nan

check_example = check_size

test_defaults = cases(
    "Defaults: two-sided alpha = 0.05 (z = 1.96) and power = 0.8 (z = 0.84); round up.", {
    "ten-percent": (0.1, 0.02),
    "two-percent": (0.02, 0.005),
    "half": (0.5, 0.1),
    "thirty-percent": (0.3, 0.05),
    "ninety-percent": (0.9, 0.05),
    "small-lift": (0.05, 0.001),
}, check=check_size)

test_sides = cases("Two-sided uses z_{1 - alpha/2}, one-sided z_{1 - alpha}.", {
    f"{p}{m:+}-alpha-{alpha}-{'two' if two else 'one'}-sided": Call(
        p, m, alpha=alpha, two_sided=two)
    for p, m, alpha in [(0.1, 0.02, 0.05), (0.3, 0.05, 0.01), (0.5, -0.1, 0.1), (0.2, 0.04, 0.2)]
    for two in (True, False)}, check=check_size)

LEVELS = [(0.05, 0.9), (0.01, 0.8), (0.01, 0.99), (0.1, 0.5), (0.001, 0.95), (0.2, 0.6)]
test_alpha_and_power = cases(
    "Other significance levels and powers (power 0.5 makes z_power = 0).", {
    **{f"alpha-{a}-power-{p}": Call(0.1, 0.02, alpha=a, power=p) for a, p in LEVELS},
    **{f"alpha-{a}-power-{p}-one-sided-drop": (0.4, -0.03, a, p, False) for a, p in LEVELS},
}, check=check_size)

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

test_invalid_arguments_raise = raising(
    "p_base or p_base + mde_abs outside (0, 1), mde_abs = 0, or alpha or power outside (0, 1)"
    " raise ValueError.", {
    "mde_abs = 0": (0.1, 0.0),
    "p_base = 0": (0.0, 0.1),
    "p_base = 1": (1.0, -0.1),
    "p_base < 0": (-0.1, 0.2),
    "p_base > 1": (1.2, -0.3),
    "p_base + mde_abs = 1": (0.9, 0.1),
    "p_base + mde_abs = 0": (0.25, -0.25),
    "p_base + mde_abs > 1 (p2 = 1.05)": (0.5, 0.55),
    "p_base + mde_abs < 0": (0.1, -0.3),
    "alpha = 0": Call(0.1, 0.02, alpha=0.0),
    "alpha = 1": Call(0.1, 0.02, alpha=1.0),
    "alpha < 0": Call(0.1, 0.02, alpha=-0.05),
    "alpha = 5 (a percentage)": Call(0.1, 0.02, alpha=5),
    "power = 0": Call(0.1, 0.02, power=0.0),
    "power = 1": Call(0.1, 0.02, power=1.0),
    "power = 80 (a percentage)": Call(0.1, 0.02, power=80),
    "p_base = nan": (NAN, 0.02),
    "mde_abs = nan": (0.1, NAN),
    "alpha = nan": Call(0.1, 0.02, alpha=NAN),
    "power = nan": Call(0.1, 0.02, power=NAN),
})
