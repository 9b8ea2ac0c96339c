"""Hypothesis properties: the formula on random designs, and reference-free
rules (symmetry, monotonicity) that any sample-size formula must obey."""

import math

from hypothesis import assume, given
from hypothesis import strategies as st

from checks import accepted_answers, check_size, exact_value
from judge.testing import WrongAnswer, agrees, expect_raises, returned

ALPHAS = st.sampled_from([0.05, 0.01, 0.1, 0.2, 0.001])
POWERS = st.sampled_from([0.8, 0.9, 0.5, 0.95, 0.99, 0.6])


@st.composite
def designs(draw):
    """(p_base, mde_abs): base and target rates in whole percents, never equal."""
    base = draw(st.integers(1, 99))
    target = draw(st.integers(1, 99).filter(lambda t: t != base))
    return base / 100, (target - base) / 100


def size_of(solution, *args, **kwargs):
    got = returned(solution, *args, **kwargs)
    return got


@given(design=designs(), alpha=ALPHAS, power=POWERS, two_sided=st.booleans())
def test_matches_formula(solution, reference, design, alpha, power, two_sided):
    """Returns ceil((z_crit sqrt(2 pbar qbar) + z_power sqrt(p1 q1 + p2 q2))^2 / delta^2)."""
    check_size(solution, reference, *design, alpha=alpha, power=power, two_sided=two_sided)


test_default_arguments = agrees("The defaults are alpha = 0.05, power = 0.8, two-sided.", designs(),
    check=check_size)


@given(design=designs(), alpha=ALPHAS, power=POWERS)
def test_one_sided_needs_fewer(solution, design, alpha, power):
    """A one-sided test (z_{1 - alpha}) never needs more listeners than a two-sided one."""
    two = size_of(solution, *design, alpha, power, True)
    one = size_of(solution, *design, alpha, power, False)
    if one > two:
        raise WrongAnswer(
            f"one-sided needs {one} listeners but two-sided only {two}: the one-sided"
            " critical value z_{1 - alpha} is smaller than z_{1 - alpha/2}",
            call=solution.last_call, actual=one)


@given(design=designs(), alpha=ALPHAS, powers=st.lists(POWERS, min_size=2, max_size=2,
                                                       unique=True))
def test_more_power_needs_more_listeners(solution, design, alpha, powers):
    """Asking for more power never lowers the sample size."""
    low, high = sorted(powers)
    n_low = size_of(solution, *design, alpha, low)
    n_high = size_of(solution, *design, alpha, high)
    if n_high < n_low:
        raise WrongAnswer(
            f"power {high} gives {n_high} listeners but power {low} gives {n_low}: more"
            " power must not need fewer listeners (z_power = z_{power} grows with power)",
            call=solution.last_call, actual=n_high)


@given(design=designs(), alpha=ALPHAS, power=POWERS, two_sided=st.booleans())
def test_base_and_target_are_interchangeable(solution, design, alpha, power, two_sided):
    """Testing p1 -> p2 needs as many listeners as p2 -> p1 (the formula is symmetric)."""
    p_base, mde = design
    target = round(p_base + mde, 2)
    forward = size_of(solution, p_base, mde, alpha, power, two_sided)
    backward = size_of(solution, target, round(-mde, 2), alpha, power, two_sided)
    allowed = accepted_answers(exact_value(p_base, mde, alpha, power, two_sided))
    allowed_back = accepted_answers(exact_value(target, round(-mde, 2), alpha, power,
                                                two_sided))
    if forward != backward and not (forward in allowed_back and backward in allowed):
        raise WrongAnswer(
            f"{p_base} -> {target} needs {forward} listeners per arm but {target} ->"
            f" {p_base} needs {backward}: the formula depends on p1 and p2 symmetrically",
            call=solution.last_call, expected=forward, actual=backward)


@given(p_base=st.integers(5, 95).map(lambda k: k / 100), alpha=ALPHAS, power=POWERS)
def test_bigger_effect_needs_fewer(solution, p_base, alpha, power):
    """Doubling the effect (same direction) cuts the sample size, never raises it."""
    mde = 0.02 if p_base < 0.5 else -0.02
    small = size_of(solution, p_base, mde, alpha, power)
    large = size_of(solution, p_base, 2 * mde, alpha, power)
    if large > small:
        raise WrongAnswer(
            f"an effect of {2 * mde:+} needs {large} listeners but {mde:+} only {small}:"
            " a bigger effect is easier to detect", call=solution.last_call, actual=large)


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
