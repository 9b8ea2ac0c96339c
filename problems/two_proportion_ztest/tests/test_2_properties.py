"""Hypothesis properties on small arms (n <= 40), so that a failure shrinks to a
readable minimal input such as (0, 1, 1, 1)."""

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import Call, agrees, expect_raises

ALTERNATIVES = st.sampled_from(["two-sided", "larger", "smaller"])


@st.composite
def arm(draw):
    """(conversions, listeners) with 0 <= conversions <= listeners, listeners >= 1."""
    n = draw(st.integers(1, 40))
    return draw(st.integers(0, n)), n


# The default alternative is left out, so the minimal failing call reads
# two_proportion_ztest(0, 1, 1, 1): the shortest call is the one reported.
test_matches_reference = agrees(
    "Returns z = (p_a - p_b) / pooled SE and the p-value of the alternative.",
    st.builds(lambda a, b, alternative: Call(*a, *b) if alternative == "two-sided"
              else Call(*a, *b, alternative=alternative), arm(), arm(), ALTERNATIVES))


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
