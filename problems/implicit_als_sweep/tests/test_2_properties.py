"""Hypothesis properties on small inputs, against the reference. Inputs are drawn as plain
lists (what the report shows); the test builds the CSR matrix and the arrays from them."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from checks import check_sweep, factors, play_matrix

COUNTS = st.sampled_from([0, 0, 0, 1, 1, 2, 3, 7])
VALUES = st.integers(-20, 20).map(lambda k: k / 10)  # shrinks towards 0.0
REGS = st.sampled_from([0.1, 1.0, 0.5, 2.0, 0.05])
ALPHAS = st.sampled_from([2.0, 1.0, 0.5, 10.0, 40.0])


@st.composite
def sweeps(draw, max_users=5, max_items=5, max_factors=3):
    """(rows, X, Y, reg, alpha): play counts as rows, factors as lists of rows."""
    users, items = draw(st.integers(1, max_users)), draw(st.integers(1, max_items))
    f = draw(st.integers(1, max_factors))
    rows = draw(st.lists(st.lists(COUNTS, min_size=items, max_size=items),
                         min_size=users, max_size=users))
    X = draw(st.lists(st.lists(VALUES, min_size=f, max_size=f), min_size=users,
                      max_size=users))
    Y = draw(st.lists(st.lists(VALUES, min_size=f, max_size=f), min_size=items,
                      max_size=items))
    return rows, X, Y, draw(REGS), draw(ALPHAS)


@given(case=sweeps(), scale=st.sampled_from([1, 1, 0.5, 3.0]))
def test_matches_reference(solution, reference, case, scale):
    """Returns (X_new, Y_new) of one sweep: listeners with Y, then tracks with the new X."""
    rows, X, Y, reg, alpha = case  # scale != 1: float play values, c = alpha * r for any r > 0
    R = play_matrix([[v * scale for v in row] for row in rows],
                    dtype=np.int64 if scale == 1 else np.float64)
    check_sweep(solution, reference, R, factors(X), factors(Y), reg, alpha)
