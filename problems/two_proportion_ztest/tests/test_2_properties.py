"""Hypothesis properties on small arms, against the reference and on their own.

Arms are small (n <= 40) so that a failure shrinks to a readable minimal
input such as (0, 1, 1, 1).
"""

import math

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import WrongAnswer, agree, expect_raises, returned

ALTERNATIVES = st.sampled_from(["two-sided", "larger", "smaller"])


@st.composite
def arm(draw, max_n=40):
    """(conversions, listeners) with 0 <= conversions <= listeners, listeners >= 1."""
    n = draw(st.integers(1, max_n))
    return draw(st.integers(0, n)), n


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def ztest(solution, a, b, alternative="two-sided"):
    got = returned(solution, *a, *b, alternative=alternative)
    return got


def zero_se(a, b):
    return a[0] + b[0] in (0, a[1] + b[1])


@given(a=arm(), b=arm(), alternative=ALTERNATIVES)
def test_matches_reference(solution, reference, a, b, alternative):
    """Returns z = (p_a - p_b) / pooled SE and the p-value of the alternative."""
    # The default alternative is left out, so the minimal failing call reads
    # two_proportion_ztest(0, 1, 1, 1): the shortest call is the one reported.
    kwargs = {} if alternative == "two-sided" else {"alternative": alternative}
    agree(solution, reference, *a, *b, **kwargs)


@given(a=arm(), b=arm())
def test_swapping_arms(solution, a, b):
    """Swapping A and B negates z, keeps the two-sided p-value, and swaps larger/smaller."""
    z, p = ztest(solution, a, b)
    z_swapped, p_swapped = ztest(solution, b, a)
    if not close(z_swapped, -z) or not close(p_swapped, p):
        raise WrongAnswer(
            f"with the arms swapped the result is ({z_swapped!r}, {p_swapped!r}); swapping A"
            f" and B must negate z and keep the two-sided p-value: expected ({-z!r}, {p!r})",
            call=solution.last_call, expected=(-z, p), actual=(z_swapped, p_swapped))
    _, larger = ztest(solution, a, b, "larger")
    _, smaller_swapped = ztest(solution, b, a, "smaller")
    if not close(larger, smaller_swapped):
        raise WrongAnswer(
            f'"larger" for (A, B) gave p = {larger!r} but "smaller" for (B, A) gave'
            f" {smaller_swapped!r}: both test that A converts more than B",
            call=solution.last_call, expected=larger, actual=smaller_swapped)


@given(a=arm(), b=arm())
def test_tails_add_up(solution, a, b):
    """p(larger) + p(smaller) = 1 and p(two-sided) = 2 min(p(larger), p(smaller))."""
    if zero_se(a, b):
        return  # (0.0, 1.0) for every alternative: tested on its own
    z, two_sided = ztest(solution, a, b, "two-sided")
    _, larger = ztest(solution, a, b, "larger")
    _, smaller = ztest(solution, a, b, "smaller")
    call = solution.last_call
    if not close(larger + smaller, 1.0):
        raise WrongAnswer(
            f'the one-sided p-values must add up to 1, but "larger" gave {larger!r} and'
            f' "smaller" {smaller!r} (z = {z!r})', call=call, actual=(larger, smaller))
    if not close(two_sided, 2 * min(larger, smaller)):
        raise WrongAnswer(
            f"the two-sided p-value must be twice the smaller one-sided one,"
            f" 2 * {min(larger, smaller)!r}, but it is {two_sided!r} (z = {z!r})",
            call=call, expected=2 * min(larger, smaller), actual=two_sided)


@given(a=arm(), b=arm())
def test_direction(solution, a, b):
    """z > 0 exactly when A converts more, and then "larger" has p < 0.5."""
    rate_a, rate_b = a[0] / a[1], b[0] / b[1]
    if zero_se(a, b) or a[0] * b[1] == b[0] * a[1]:
        return
    z, p = ztest(solution, a, b, "larger")
    better = "A" if rate_a > rate_b else "B"
    if (z > 0) != (rate_a > rate_b):
        raise WrongAnswer(
            f"A converts {a[0]}/{a[1]} and B {b[0]}/{b[1]}, so {better} is better and z ="
            f" (p_a - p_b) / SE must be {'positive' if better == 'A' else 'negative'},"
            f" not {z!r}", call=solution.last_call, actual=(z, p))
    if (p < 0.5) != (rate_a > rate_b):
        raise WrongAnswer(
            f'A converts {a[0]}/{a[1]} and B {b[0]}/{b[1]}: "larger" (A converts more)'
            f" must have a p-value {'below' if better == 'A' else 'above'} 0.5, not {p!r}",
            call=solution.last_call, actual=(z, p))


@given(a=arm(), b=arm(), alternative=ALTERNATIVES)
def test_four_times_the_data_doubles_z(solution, a, b, alternative):
    """With every count multiplied by 4 the rates stay, the SE halves, and z doubles."""
    if zero_se(a, b):
        return
    z, _ = ztest(solution, a, b, alternative)
    z4, _ = ztest(solution, (4 * a[0], 4 * a[1]), (4 * b[0], 4 * b[1]), alternative)
    if not close(z4, 2 * z):
        raise WrongAnswer(
            f"with every count multiplied by 4 z is {z4!r}, but it must double from"
            f" {z!r} to {2 * z!r} (the rates stay, the standard error halves; no"
            " continuity correction)", call=solution.last_call, expected=2 * z, actual=z4)


@given(n_a=st.integers(1, 40), n_b=st.integers(1, 40), everybody=st.booleans(),
       alternative=ALTERNATIVES)
def test_zero_standard_error(solution, n_a, n_b, everybody, alternative):
    """Nobody (or everybody) converted: SE = 0 gives (0.0, 1.0) for every alternative."""
    conv_a, conv_b = (n_a, n_b) if everybody else (0, 0)
    got = ztest(solution, (conv_a, n_a), (conv_b, n_b), alternative)
    if got != (0.0, 1.0):
        raise WrongAnswer(
            f"{'everybody' if everybody else 'nobody'} converted in both arms, so the pooled"
            " standard error is 0: the result must be (0.0, 1.0)",
            call=solution.last_call, expected=(0.0, 1.0), actual=got)


@st.composite
def bad_counts(draw):
    """(conv_a, n_a, conv_b, n_b, reason) with one arm broken."""
    good = draw(arm())
    n = draw(st.integers(-5, 40))
    if n <= 0:
        conv = draw(st.integers(0, 3))
        reason = f"{conv} conversions of n = {n}"
    elif draw(st.booleans()):
        conv = draw(st.integers(n + 1, n + 5))
        reason = f"{conv} conversions of n = {n} (more than n)"
    else:
        conv = draw(st.integers(-5, -1))
        reason = f"{conv} conversions (negative)"
    if draw(st.booleans()):
        return (conv, n, *good, f"arm A: {reason}")
    return (*good, conv, n, f"arm B: {reason}")


@given(call=bad_counts(), alternative=ALTERNATIVES)
def test_invalid_counts_raise(solution, call, alternative):
    """n <= 0, or conversions outside 0..n, raise ValueError."""
    *counts, reason = call
    expect_raises(solution, ValueError, *counts, alternative=alternative, reason=reason)


@given(a=arm(), b=arm(), alternative=st.sampled_from(
    ["greater", "less", "two_sided", "Two-Sided", "LARGER", " larger", "both", ""]))
def test_unknown_alternative_raises(solution, a, b, alternative):
    """An alternative other than "two-sided", "larger" or "smaller" raises ValueError."""
    expect_raises(solution, ValueError, *a, *b, alternative=alternative,
                  reason=f"alternative={alternative!r}")
