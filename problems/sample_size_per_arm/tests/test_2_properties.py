"""Hypothesis properties: the formula on random designs, and invalid arguments."""

import math

from hypothesis import assume, given
from hypothesis import strategies as st

from checks import check_size
from judge.testing import Call, agrees, expect_raises

ALPHAS = st.sampled_from([0.05, 0.01, 0.1, 0.2, 0.001])
POWERS = st.sampled_from([0.8, 0.9, 0.5, 0.95, 0.99, 0.6])


@st.composite
def designs(draw):
    """(p_base, mde_abs): base and target rates in whole percents, never equal."""
    base = draw(st.integers(1, 99))
    target = draw(st.integers(1, 99).filter(lambda t: t != base))
    return base / 100, (target - base) / 100


test_matches_formula = agrees(
    "Returns ceil((z_crit sqrt(2 pbar qbar) + z_power sqrt(p1 q1 + p2 q2))^2 / delta^2).",
    st.builds(lambda design, alpha, power, two_sided: Call(
        *design, alpha=alpha, power=power, two_sided=two_sided),
        designs(), ALPHAS, POWERS, st.booleans()), check=check_size)

test_default_arguments = agrees("The defaults are alpha = 0.05, power = 0.8, two-sided.",
                                designs(), check=check_size)

BAD_RATE = st.sampled_from([0.0, 1.0, -0.2, 1.5, math.nan])
BAD_LEVEL = st.sampled_from([0.0, 1.0, -0.05, 1.2, 80.0, math.nan])


@st.composite
def invalid_calls(draw):
    """(args, kwargs, reason) with exactly one bad argument."""
    p_base, mde = draw(designs())
    kwargs = {}
    what = draw(st.sampled_from(["p_base", "target", "mde", "alpha", "power"]))
    if what == "p_base":
        p_base = draw(BAD_RATE)
        reason = f"p_base = {p_base}"
    elif what == "target":
        target = draw(BAD_RATE.filter(lambda t: not math.isnan(t)))
        mde = target - p_base
        assume(mde != 0 and not 0 < p_base + mde < 1)
        reason = f"p_base + mde_abs = {p_base} + {mde} (outside (0, 1))"
    elif what == "mde":
        mde = draw(st.sampled_from([0.0, -0.0, math.nan]))
        reason = f"mde_abs = {mde}"
    else:
        kwargs[what] = draw(BAD_LEVEL)
        reason = f"{what} = {kwargs[what]}"
    return (p_base, mde), kwargs, reason


@given(call=invalid_calls())
def test_invalid_arguments_raise(solution, call):
    """An argument outside its range (or NaN) raises ValueError."""
    args, kwargs, reason = call
    expect_raises(solution, ValueError, *args, reason=reason, **kwargs)
