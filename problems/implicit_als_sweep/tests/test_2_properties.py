"""Hypothesis properties on small inputs: against the reference, and on their own
(each half of the sweep solves its least-squares problem exactly; the loss
does not go up; the input X is not used).

Inputs are drawn as plain lists (what the report shows as the input); the
tests build the CSR matrix and the float64 arrays from them.
"""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from checks import check_sweep, confidences, factors, loss, play_matrix, worst_residual
from judge.testing import WrongAnswer, as_array, as_code, check_type, pasteable

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


def build(case):
    rows, X, Y, reg, alpha = case
    return play_matrix(rows), factors(X), factors(Y), reg, alpha


def call(solution, R, X, Y, reg, alpha):
    """The submission's (X_new, Y_new) as numpy arrays, after the type check."""
    with pasteable(solution):
        got = solution(R, X, Y, reg, alpha)
    check_type(got, tuple[np.ndarray, np.ndarray], as_code(solution.last_call))
    new_x, new_y = as_array(got[0]), as_array(got[1])
    if new_x.shape != X.shape or new_y.shape != Y.shape:
        raise WrongAnswer(f"the result has shapes {new_x.shape} and {new_y.shape}, expected"
                          f" {X.shape} and {Y.shape}", call=as_code(solution.last_call))
    return new_x, new_y


@given(case=sweeps(), scale=st.sampled_from([1, 1, 0.5, 3.0]))
def test_matches_reference(solution, reference, case, scale):
    """Returns (X_new, Y_new) of one sweep: listeners with Y, then tracks with the new X."""
    rows, X, Y, reg, alpha = case
    if scale == 1:  # int counts
        R = play_matrix(rows)
    else:  # float play values: c = alpha * r for any r > 0
        R = play_matrix([[v * scale for v in row] for row in rows], dtype=np.float64)
    check_sweep(solution, reference, R, factors(X), factors(Y), reg, alpha)


@given(case=sweeps())
def test_each_half_is_an_exact_solve(solution, case):
    """Each half solves its least-squares problem exactly, so the loss never goes up.

    X_new solves (Y^T C_u Y + reg I) x = Y^T C_u p_u for every listener (with
    the input Y), and Y_new the same for every track with X_new; so the loss
    L = sum c (p - x.y)^2 + reg (|X|^2 + |Y|^2) is at most that of (X, Y).
    """
    R, X, Y, reg, alpha = build(case)
    new_x, new_y = call(solution, R, X, Y, reg, alpha)
    C, P = confidences(R, alpha)
    halves = [("X_new", "listener", C, P, Y, new_x, "the input Y"),
              ("Y_new", "track", C.T, P.T, new_x, new_y, "the new X (X_new)")]
    for name, what, conf, pref, other, solved, using in halves:
        row, residual, allowed = worst_residual(conf, pref, other, reg, solved)
        if residual > allowed:
            raise WrongAnswer(
                f"{name}[{row}] does not solve {what} {row}'s normal equations with {using}:"
                f" |A x - b| = {residual:.3g}, where A = sum_j c_j y_j y_j^T + reg I and"
                f" b = sum_j c_j p_j y_j over ALL the other side's rows j (c = alpha * r and"
                f" p = 1 on plays; c = 1 and p = 0 elsewhere)", call=as_code(solution.last_call))
    before, after = loss(R, X, Y, reg, alpha), loss(R, new_x, new_y, reg, alpha)
    if after > before * (1 + 1e-9) + 1e-9:
        raise WrongAnswer(
            f"the loss went up from {before:.10g} to {after:.10g}: each half of a sweep is an"
            " exact minimization, so L = sum c (p - x.y)^2 + reg (|X|^2 + |Y|^2) never"
            " increases", call=as_code(solution.last_call))


@given(case=sweeps(), other=st.lists(st.lists(VALUES, min_size=3, max_size=3), min_size=5,
                                     max_size=5))
def test_input_x_is_not_used(solution, case, other):
    """Only X's shape matters: the sweep starts with the listeners."""
    R, X, Y, reg, alpha = build(case)
    first = call(solution, R, X, Y, reg, alpha)
    X2 = factors([row[:X.shape[1]] for row in other[:X.shape[0]]])
    second = call(solution, R, X2, Y, reg, alpha)
    for name, a, b in (("X_new", first[0], second[0]), ("Y_new", first[1], second[1])):
        if not np.allclose(a, b, rtol=1e-5, atol=1e-7):
            raise WrongAnswer(
                f"{name} changed when only the values of the input X changed: the sweep"
                " solves the listeners first, from Y alone, so X's values must not matter",
                call=as_code(solution.last_call))


@given(case=sweeps(), factor=st.sampled_from([2.0, 4.0, 0.5]))
def test_only_alpha_times_plays_matters(solution, case, factor):
    """Only c = alpha * r matters: scaling R by k and alpha by 1/k changes nothing."""
    rows, X, Y, reg, alpha = case
    R, X, Y = play_matrix(rows), factors(X), factors(Y)
    first = call(solution, R, X, Y, reg, alpha)
    scaled = play_matrix([[v * factor for v in row] for row in rows], dtype=np.float64)
    second = call(solution, scaled, X, Y, reg, alpha / factor)
    for name, a, b in (("X_new", first[0], second[0]), ("Y_new", first[1], second[1])):
        if not np.allclose(a, b, rtol=1e-5, atol=1e-7):
            raise WrongAnswer(
                f"{name} changed when R was multiplied by {factor} and alpha divided by"
                f" {factor}: the confidences c = alpha * r are the same, and the preference p"
                " is 1 for any play count, so the result must be too",
                call=as_code(solution.last_call))
