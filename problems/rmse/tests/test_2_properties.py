"""Hypothesis properties against the reference; values are small multiples of 1/4."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from judge.testing import agrees, expect_raises

VALUES = st.integers(-20, 20).map(lambda k: k / 4)
PAIRS = st.lists(st.tuples(VALUES, VALUES), min_size=1, max_size=12)
KINDS = st.sampled_from(["list", "numpy", "tuple"])


def build(pairs, kind):
    y_true, y_pred = [t for t, _ in pairs], [p for _, p in pairs]
    convert = {"list": list, "numpy": np.array, "tuple": tuple}[kind]
    return convert(y_true), convert(y_pred)


test_matches_reference = agrees("Returns sqrt(mean of the squared errors), dividing by n.",
                                st.builds(build, PAIRS, KINDS))

INTS = st.integers(-1000, 1000)
test_integer_ratings = agrees(
    "Integer inputs give the same float RMSE (lists of ints or int64 arrays).",
    st.builds(build, st.lists(st.tuples(INTS, INTS), min_size=1, max_size=10),
              st.sampled_from(["list", "numpy"])))


@given(pairs=PAIRS, bad=st.sampled_from([math.nan, math.inf, -math.inf]),
       where=st.sampled_from(["y_true", "y_pred", "both"]), at=st.integers(0, 11), kind=KINDS)
def test_nan_or_inf_raises(solution, pairs, bad, where, at, kind):
    """Any NaN or inf in either input raises ValueError."""
    at %= len(pairs)
    true, pred = pairs[at]
    pairs = [*pairs[:at], (bad if where != "y_pred" else true, bad if where != "y_true"
                           else pred), *pairs[at + 1:]]
    expect_raises(solution, ValueError, *build(pairs, kind),
                  reason=f"{bad!r} in {where if where != 'both' else 'both inputs'}")
