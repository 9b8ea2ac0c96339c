"""Hypothesis properties, against the reference and on their own.

Values are small multiples of 1/4 (exact in binary) so that a property that
rearranges the input holds up to rounding only.
"""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from judge.testing import WrongAnswer, agree, expect_raises, returned

VALUES = st.integers(-20, 20).map(lambda k: k / 4)
PAIRS = st.lists(st.tuples(VALUES, VALUES), min_size=1, max_size=12)
KINDS = st.sampled_from(["list", "numpy", "tuple"])


def build(pairs, kind):
    y_true = [t for t, _ in pairs]
    y_pred = [p for _, p in pairs]
    if kind == "numpy":
        return np.array(y_true), np.array(y_pred)
    if kind == "tuple":
        return tuple(y_true), tuple(y_pred)
    return y_true, y_pred


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def value(solution, y_true, y_pred):
    got = returned(solution, y_true, y_pred)
    return got


@given(pairs=PAIRS, kind=KINDS)
def test_matches_reference(solution, reference, pairs, kind):
    """Returns sqrt(mean of the squared errors), dividing by n."""
    agree(solution, reference, *build(pairs, kind))


@given(y_true=st.lists(st.integers(-1000, 1000), min_size=1, max_size=10),
       y_pred=st.lists(st.integers(-1000, 1000), min_size=1, max_size=10),
       as_numpy=st.booleans())
def test_integer_ratings(solution, reference, y_true, y_pred, as_numpy):
    """Integer inputs give the same float RMSE (lists of ints or int64 arrays)."""
    size = min(len(y_true), len(y_pred))
    y_true, y_pred = y_true[:size], y_pred[:size]
    if as_numpy:
        y_true, y_pred = np.array(y_true, dtype=np.int64), np.array(y_pred, dtype=np.int64)
    agree(solution, reference, y_true, y_pred)


@given(pairs=PAIRS, copies=st.integers(2, 3))
def test_repeating_the_data_changes_nothing(solution, pairs, copies):
    """RMSE is a mean: the same pairs repeated k times give the same RMSE (divide by n)."""
    y_true, y_pred = build(pairs, "list")
    once = value(solution, y_true, y_pred)
    repeated = value(solution, y_true * copies, y_pred * copies)
    if not close(repeated, once):
        raise WrongAnswer(
            f"the pairs repeated {copies} times gave {repeated!r}, but once they gave"
            f" {once!r}; a mean does not change when the data is repeated (divide by n,"
            " not n - 1)", call=solution.last_call, expected=once, actual=repeated)


@given(pairs=PAIRS)
def test_bounded_by_mae_and_largest_error(solution, pairs):
    """RMSE lies between the mean absolute error and the largest absolute error."""
    y_true, y_pred = build(pairs, "list")
    got = value(solution, y_true, y_pred)
    errors = [abs(t - p) for t, p in pairs]
    mae, largest = sum(errors) / len(errors), max(errors)
    if not (mae - 1e-9 <= got <= largest + 1e-9):
        raise WrongAnswer(
            f"the result {got!r} is outside [mean absolute error {mae!r}, largest absolute"
            f" error {largest!r}], where the RMSE always lies", call=solution.last_call,
            actual=got)


@given(pairs=PAIRS, scale=st.sampled_from([2.0, 0.5, -4.0]))
def test_scales_with_the_ratings(solution, pairs, scale):
    """Multiplying every rating by c multiplies the RMSE by |c| (it is in rating units)."""
    y_true, y_pred = build(pairs, "list")
    base = value(solution, y_true, y_pred)
    scaled = value(solution, [scale * t for t in y_true], [scale * p for p in y_pred])
    if not close(scaled, abs(scale) * base):
        raise WrongAnswer(
            f"with every value multiplied by {scale} the result is {scaled!r}, expected"
            f" {abs(scale)} * {base!r} = {abs(scale) * base!r}", call=solution.last_call,
            expected=abs(scale) * base, actual=scaled)


BAD = st.sampled_from([math.nan, math.inf, -math.inf])


@given(pairs=PAIRS, bad=BAD, where=st.sampled_from(["y_true", "y_pred", "both"]),
       at=st.integers(0, 11), kind=KINDS)
def test_nan_or_inf_raises(solution, pairs, bad, where, at, kind):
    """Any NaN or inf in either input raises ValueError."""
    at %= len(pairs)
    true, pred = pairs[at]
    pairs = [*pairs[:at], (bad if where != "y_pred" else true, bad if where != "y_true"
                           else pred), *pairs[at + 1:]]
    expect_raises(solution, ValueError, *build(pairs, kind),
                  reason=f"{bad!r} in {where if where != 'both' else 'both inputs'}")


@given(y_true=st.lists(VALUES, max_size=8), y_pred=st.lists(VALUES, max_size=8),
       as_numpy=st.booleans())
def test_unequal_or_zero_length_raises(solution, y_true, y_pred, as_numpy):
    """Lengths that differ, or are both 0, raise ValueError."""
    if len(y_true) == len(y_pred) and y_true:
        y_pred = y_pred[:-1]
    if as_numpy:
        y_true, y_pred = np.array(y_true, dtype=float), np.array(y_pred, dtype=float)
    reason = (f"lengths {len(y_true)} and {len(y_pred)}" if len(y_true) != len(y_pred)
              else "two empty inputs")
    expect_raises(solution, ValueError, y_true, y_pred, reason=reason)
