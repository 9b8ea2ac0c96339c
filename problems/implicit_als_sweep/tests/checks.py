"""Helpers shared by the test files (not a test file: pytest collects only test_*.py;
the judge puts this folder on sys.path, so the tests `from checks import ...`).

- ``play_matrix`` builds R the way the spec promises (canonical CSR, no stored
  zeros) and ``factors`` the float64 arrays;
- ``check_sweep`` compares (X_new, Y_new) with the reference's within the
  statement's tolerance and says which half is off;
- ``normal_equations`` and ``loss`` recompute the spec densely, for the
  reference-free properties;
- ``judge.testing.pasteable`` makes the "Reproduce" line code that can be pasted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix

from judge.testing import (
    WrongAnswer,
    as_array,
    as_code,
    call_reference,
    check_type,
    first_difference,
    pasteable,
    stub_returns,
)


def play_matrix(rows: Sequence[Sequence[float]], tracks: int | None = None, *,
                dtype: Any = np.int64) -> csr_matrix:
    """A canonical CSR matrix of play counts (no stored zeros) from dense rows."""
    dense = np.zeros((len(rows), tracks if tracks is not None else len(rows[0])), dtype=dtype)
    for u, row in enumerate(rows):
        dense[u, :len(row)] = row
    return settled(csr_matrix(dense))


def settled(R: csr_matrix) -> csr_matrix:
    """R with scipy's lazily cached format flags already computed.

    The judge detects a mutation by comparing the pickled arguments before and
    after the call; scipy caches has_sorted_indices / has_canonical_format in
    the object the first time anything (R.power, R.has_canonical_format, ...)
    asks, which would look like a change. Asking here, before the call, keeps
    that harmless caching from being reported.
    """
    assert R.has_canonical_format
    return R


def factors(rows: Sequence[Sequence[float]], f: int | None = None) -> np.ndarray:
    """A float64 (len(rows), f) array; f is needed when there are no rows."""
    array = np.array(rows, dtype=np.float64)
    return array.reshape(len(rows), f if f is not None else array.shape[1])


def check_sweep(solution: Any, reference: Any, R: csr_matrix, X: np.ndarray, Y: np.ndarray,
                reg: float, alpha: float) -> None:
    """(X_new, Y_new) must match the reference's within rel 1e-5 / abs 1e-7."""
    expected = call_reference(reference, R, X, Y, reg, alpha)
    with pasteable(solution):
        got = solution(R, X, Y, reg, alpha)
    call = as_code(solution.last_call)
    check_type(got, stub_returns(solution.problem), call)
    tol = solution.problem.compare  # [compare] rel and abs of problem.toml
    users = first_difference(got[0], expected[0], rel=tol.rel, abs_tol=tol.abs, where="X_new")
    items = first_difference(got[1], expected[1], rel=tol.rel, abs_tol=tol.abs, where="Y_new")
    if users:
        reason = f"the listeners' half is off: {users}"
    elif items:
        reason = (f"X_new (the listeners' half) is right, but the tracks' half is off: {items}"
                  " (the tracks are solved with the NEW X)")
    else:
        return
    # shown as numpy prints them (a plain Array would show only its shape)
    raise WrongAnswer(reason, call=call, expected=expected,
                      actual=tuple(as_array(part) for part in got))


# -- the spec, densely (small inputs only) -------------------------------------

def confidences(R: csr_matrix, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """(C, P): c = alpha r and p = 1 on the plays, c = 1 and p = 0 elsewhere."""
    dense = R.toarray().astype(np.float64)
    played = dense > 0
    return np.where(played, alpha * dense, 1.0), played.astype(np.float64)


def normal_equations(C: np.ndarray, P: np.ndarray, Y: np.ndarray, reg: float
                     ) -> tuple[np.ndarray, np.ndarray]:
    """(A, b) per row: A_u = Y^T C_u Y + reg I and b_u = Y^T C_u p_u."""
    A = np.einsum("ui,if,ig->ufg", C, Y, Y) + reg * np.eye(Y.shape[1])
    b = np.einsum("ui,ui,if->uf", C, P, Y)
    return A, b


def worst_residual(C: np.ndarray, P: np.ndarray, Y: np.ndarray, reg: float,
                   solved: np.ndarray) -> tuple[int, float, float]:
    """(row, |A x - b|, allowed) of the row whose normal equations hold worst."""
    A, b = normal_equations(C, P, Y, reg)
    residual = np.linalg.norm(np.einsum("ufg,ug->uf", A, solved) - b, axis=1)
    scale = (np.linalg.norm(A, axis=(1, 2)) * np.linalg.norm(solved, axis=1)
             + np.linalg.norm(b, axis=1))
    allowed = 1e-7 * scale + 1e-9
    if not len(residual):
        return 0, 0.0, 1.0
    row = int(np.argmax(residual - allowed))
    return row, float(residual[row]), float(allowed[row])


def loss(R: csr_matrix, X: np.ndarray, Y: np.ndarray, reg: float, alpha: float) -> float:
    C, P = confidences(R, alpha)
    error = P - X @ Y.T
    return float((C * error * error).sum() + reg * ((X * X).sum() + (Y * Y).sum()))
