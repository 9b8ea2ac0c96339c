"""Comparing the submission's values with the expected ones, as a numerical person
would: floats within a tolerance, arrays and sparse matrices entry by entry,
rankings by score; the first difference is named in words."""

from __future__ import annotations

import copy
import math
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from judge.grading.outcomes import SubmissionRaised, WrongAnswer
from judge.isolation.wire import Array, Sparse, safe_repr
from judge.testing.types import _describe, _items, check_type

if TYPE_CHECKING:
    from judge.testing.proxy import Solution

REL_TOL = 1e-9
ABS_TOL = 1e-12


def as_array(value: Any) -> Any:
    """A numpy array from a plain Array (what crosses the boundary) or an array."""
    import numpy as np

    if isinstance(value, Array):
        return value.to_numpy()
    return np.asarray(value)


def array_difference(actual: Any, expected: Any, *, rel: float = REL_TOL,
                     abs_tol: float = ABS_TOL, where: str = "the result") -> str | None:
    """Arrays compared as a numerical person would: shape, dtype kind, NaN and inf,
    then values within tolerance; the worst entry is named, never the whole array."""
    import numpy as np

    if not isinstance(actual, Array):
        return f"{where} is {_describe(actual)}, expected numpy.ndarray"
    got, want = as_array(actual), as_array(expected)
    if got.shape != want.shape:
        return f"{where} has shape {got.shape}, expected {want.shape}"
    kinds = {"f": "float", "i": "int", "u": "int", "b": "bool", "c": "complex"}
    if kinds.get(got.dtype.kind, got.dtype.kind) != kinds.get(want.dtype.kind, want.dtype.kind):
        return f"{where} has dtype {got.dtype}, expected {_a(kinds.get(want.dtype.kind))} array"
    if got.size == 0:
        return None
    if want.dtype.kind in "fc":
        nan_got, nan_want = np.isnan(got), np.isnan(want)
        if (nan_got != nan_want).any():
            index = tuple(int(i) for i in np.argwhere(nan_got != nan_want)[0])
            return f"{where}{list(index)} is {got[index]!r}, expected {want[index]!r} (NaN)"
        bad_inf = np.isinf(got) != np.isinf(want)
        if bad_inf.any():
            index = tuple(int(i) for i in np.argwhere(bad_inf)[0])
            return f"{where}{list(index)} is {got[index]!r}, expected {want[index]!r} (inf)"
    finite = np.isfinite(want) if want.dtype.kind in "fc" else np.ones(want.shape, bool)
    error = np.where(finite, np.abs(got.astype(float) - want.astype(float)), 0.0)
    allowed = abs_tol + rel * np.abs(np.where(finite, want.astype(float), 0.0))
    over = error > allowed
    if not over.any():
        return None
    index = tuple(int(i) for i in np.unravel_index(int(np.argmax(error - allowed)), want.shape))
    e, a = float(want[index]), float(got[index])
    relative = abs(a - e) / abs(e) if e else math.inf
    return (f"{int(over.sum())} of {want.size} entries are off; the worst is {where}"
            f"{list(index)}: {a!r}, expected {e!r} (abs error {abs(a - e):.3g}, rel error "
            f"{relative:.3g}; largest abs error {float(error.max()):.3g}; tolerance rel "
            f"{rel:g}, abs {abs_tol:g})")



def _a(word: str | None) -> str:
    word = word or "other"
    return ("an " if word[0] in "aeiou" else "a ") + word



def _is_sparse(value: Any) -> bool:
    return str(type(value).__module__).startswith("scipy.sparse") and hasattr(value, "tocsr")


def sparse_difference(actual: Any, expected: Any, *, rel: float = REL_TOL,
                      abs_tol: float = ABS_TOL, where: str = "the result") -> str | None:
    """Sparse matrices compared by shape, dtype kind, NaN and inf, then values within
    tolerance over the union of their patterns (explicit zeros and index order do
    not matter); the worst entry is named, never the matrices."""
    import numpy as np

    if not isinstance(actual, Sparse):
        return f"{where} is {_describe(actual)}, expected scipy.sparse.{type(expected).__name__}"
    got = actual.to_scipy()
    want = expected.tocsr()
    if got.shape != want.shape:
        return f"{where} has shape {got.shape}, expected {want.shape}"
    kinds = {"f": "float", "i": "int", "u": "int", "b": "bool", "c": "complex"}
    if kinds.get(got.dtype.kind, got.dtype.kind) != kinds.get(want.dtype.kind, want.dtype.kind):
        return f"{where} has dtype {got.dtype}, expected {_a(kinds.get(want.dtype.kind))} matrix"
    got, want = got.copy(), want.copy()
    got.sum_duplicates()
    want.sum_duplicates()
    if got.dtype.kind in "fc" and not np.isfinite(got.data).all():
        bad = got.tocoo()
        at = int(np.argwhere(~np.isfinite(bad.data))[0][0])
        index = [int(bad.row[at]), int(bad.col[at])]
        expected_value = want[index[0], index[1]]
        return f"{where}{index} is {bad.data[at]!r}, expected {expected_value!r}"
    difference = (got.astype(float) - want.astype(float)).tocoo()
    if difference.nnz == 0:
        return None
    rows, cols = difference.row, difference.col
    wanted = np.asarray(want[rows, cols]).ravel().astype(float)
    error = np.abs(difference.data)
    allowed = abs_tol + rel * np.abs(wanted)
    over = error > allowed
    if not over.any():
        return None
    at = int(np.argmax(error - allowed))
    e = float(wanted[at])
    a = e + float(difference.data[at])
    index = [int(rows[at]), int(cols[at])]
    if want.dtype.kind in "iub":  # counts: exact, and shown as ints
        stored = "" if got.nnz == want.nnz else (
            f"; {got.nnz:,} entries stored, expected {want.nnz:,}")
        return (f"{int(over.sum())} entries differ; the worst is {where}{index}:"
                f" {round(a)}, expected {round(e)}{stored}")
    relative = abs(a - e) / abs(e) if e else math.inf
    stored = "" if got.nnz == want.nnz else f"; {got.nnz:,} entries stored, expected {want.nnz:,}"
    return (f"{int(over.sum())} entries differ; the worst is {where}{index}: {a!r}, expected"
            f" {e!r} (abs error {abs(a - e):.3g}, rel error {relative:.3g}; tolerance rel"
            f" {rel:g}, abs {abs_tol:g}{stored})")



def _is_ndarray(value: Any) -> bool:
    return type(value).__name__ == "ndarray" and type(value).__module__ == "numpy"



def _close(a: float, b: float, rel: float, abs_: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return math.isclose(a, b, rel_tol=rel, abs_tol=abs_)


def first_difference(actual: Any, expected: Any, *, rel: float = REL_TOL,
                     abs_tol: float = ABS_TOL, where: str = "the result") -> str | None:
    """Where two plain values differ, in words; floats within the tolerance agree."""
    if isinstance(actual, Sparse) or _is_sparse(expected):
        if not _is_sparse(expected):
            return f"{where} is {_describe(actual)}, expected {_describe(expected)}"
        return sparse_difference(actual, expected, rel=rel, abs_tol=abs_tol, where=where)
    if isinstance(actual, Array) or _is_ndarray(expected):
        return array_difference(actual, expected, rel=rel, abs_tol=abs_tol, where=where)
    if isinstance(expected, float) and isinstance(actual, (int, float)) and not isinstance(
            actual, bool):
        if _close(float(actual), expected, rel, abs_tol):
            return None
        error = abs(float(actual) - expected)
        return (f"{where} is {actual!r}, expected {expected!r} (off by {error:.3g}; "
                f"tolerance rel {rel:g}, abs {abs_tol:g})")
    if isinstance(expected, (list, tuple)) and isinstance(actual, (list, tuple)):
        if len(actual) != len(expected):
            return f"{where} has {_items(len(actual))}, expected {len(expected)}"
        for i, (a, e) in enumerate(zip(actual, expected, strict=True)):
            found = first_difference(a, e, rel=rel, abs_tol=abs_tol, where=f"{where}[{i}]")
            if found:
                return found
        return None
    if isinstance(expected, dict) and isinstance(actual, dict):
        missing = [k for k in expected if k not in actual]
        if missing:
            return f"{where} lacks the key {safe_repr(sorted(missing, key=repr)[0], 60)}"
        extra = [k for k in actual if k not in expected]
        if extra:
            return f"{where} has an unexpected key {safe_repr(sorted(extra, key=repr)[0], 60)}"
        for key in expected:
            found = first_difference(actual[key], expected[key], rel=rel, abs_tol=abs_tol,
                                     where=f"{where}[{safe_repr(key, 40)}]")
            if found:
                return found
        return None
    if type(actual) is not type(expected) and not (
            isinstance(actual, (int, float)) and isinstance(expected, (int, float))):
        return f"{where} is {_describe(actual)}, expected {_describe(expected)}"
    if actual != expected:
        return f"{where} is {safe_repr(actual, 80)}, expected {safe_repr(expected, 80)}"
    return None


def float_errors(actual: Any, expected: Any, where: str = "the result"
                 ) -> list[tuple[float, float, str]]:
    """(abs error, rel error, place) of every float the two values hold in the same place."""
    if isinstance(expected, float) and isinstance(actual, (int, float)) and not isinstance(
            actual, bool):
        if math.isfinite(expected) and math.isfinite(float(actual)):
            error = abs(float(actual) - expected)
            return [(error, error / abs(expected) if expected else math.inf, where)]
        return []
    if isinstance(expected, (list, tuple)) and isinstance(actual, (list, tuple)) and len(
            actual) == len(expected):
        return [e for i, (a, x) in enumerate(zip(actual, expected, strict=True))
                for e in float_errors(a, x, f"{where}[{i}]")]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [e for k in expected if k in actual
                for e in float_errors(actual[k], expected[k], f"{where}[{safe_repr(k, 40)}]")]
    return []


def worst_float_errors(actual: Any, expected: Any) -> str:
    """'largest abs error 0.02 at the result[3]; largest rel error ...', or ''."""
    errors = [e for e in float_errors(actual, expected) if e[0] > 0]
    if len(errors) < 2:
        return ""
    worst_abs = max(errors, key=lambda e: e[0])
    worst_rel = max(errors, key=lambda e: e[1])
    return (f"; largest abs error {worst_abs[0]:.3g} at {worst_abs[2]}, largest rel error"
            f" {worst_rel[1]:.3g} at {worst_rel[2]}")


def expect_equal(actual: Any, expected: Any, *, call: object | None, returns: Any = Any,
                 rel: float = REL_TOL, abs_tol: float = ABS_TOL, reason: str = "") -> None:
    check_type(actual, returns, call)
    difference = first_difference(actual, expected, rel=rel, abs_tol=abs_tol)
    if difference and "off by" in difference:
        difference += worst_float_errors(actual, expected)
    if difference:
        prefix = f"{reason}: " if reason else ""
        raise WrongAnswer(f"{prefix}{difference}", call=call, expected=expected, actual=actual)


def expect_ranking(actual: Any, expected: list[Any],
                   score: Callable[[Any], float | None] | dict[Any, float], *,
                   call: object | None, rel: float = 1e-9, item: str = "item",
                   returns: Any = Any) -> None:
    """A ranking by a computed score: ``actual`` (a list of ids) must hold, place by
    place, ids whose scores equal the expected ids' scores within ``rel``.

    Two scores within ``rel`` of each other may come out of equally correct
    arithmetic one bit apart, so such a pair may appear in either order, and
    at the cut-off either may be the one kept (CATALOG.md, "Ranking by a score
    the solution computes"). ``score`` gives the true score of every id that
    may appear (the candidates); an id it does not know must not be there.
    """
    check_type(actual, returns, call)
    lookup = score.get if isinstance(score, dict) else score

    def fail(reason: str) -> typing.NoReturn:
        raise WrongAnswer(reason, call=call, expected=expected, actual=actual)

    if len(actual) != len(expected):
        fail(f"the result has {_items(len(actual))}, expected {len(expected)}")
    seen: set[Any] = set()
    for i, (got, want) in enumerate(zip(actual, expected, strict=True)):
        if got in seen:
            fail(f"{item} {safe_repr(got, 60)} appears twice in the result")
        seen.add(got)
        got_score = lookup(got) if _hashable(got) else None
        if got_score is None:
            fail(f"the result[{i}] is {safe_repr(got, 60)}, which must not be in the result"
                 f" (expected {safe_repr(want, 60)} there)")
        want_score = lookup(want)
        if want_score is None:
            raise ValueError(f"expect_ranking: no score for the expected {want!r}")
        if not math.isclose(float(got_score), float(want_score), rel_tol=rel, abs_tol=0.0):
            fail(f"the result[{i}] is {safe_repr(got, 60)} with score {got_score!r}, expected"
                 f" {safe_repr(want, 60)} with score {want_score!r} (scores within {rel:g}"
                 " relative may swap places; these are further apart)")


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def call_reference(reference: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """The reference on a private copy of the arguments (it must not see mutations)."""
    return reference(*copy.deepcopy(args), **copy.deepcopy(kwargs))


STUB: Any = object()  # agree's default ``returns``: what the stub declares


def _in_order(value: Any) -> Any:
    """A list's items sorted in a canonical order (by repr when they do not sort),
    for ``order = "set"``; anything else as it is."""
    if not isinstance(value, list):
        return value
    try:
        return sorted(value)
    except TypeError:
        return sorted(value, key=repr)


def agree(solution: Solution, reference: Callable[..., Any], *args: Any, returns: Any = STUB,
          rel: float | None = None, abs_tol: float | None = None, reason: str = "",
          explain: Callable[..., str] | None = None,
          score: Callable[[Any], float | None] | dict[Any, float] | None = None,
          **kwargs: Any) -> Any:
    """Call both on the same input; the submission must match the reference.

    What "match" means comes from the package, so a test seldom says it:

    - ``returns``: the type the result must have; by default the return
      annotation of the stub's entry point.
    - ``rel``, ``abs_tol``: float tolerances; by default ``[compare] rel`` and
      ``abs`` of problem.toml (else 1e-9 and 1e-12).
    - ``[compare] order``: ``exact`` compares as they are; ``set`` compares a
      list in any order; ``ranking`` compares a list of ids place by place by
      their ``score`` (a dict or a function id -> score, None for an id that
      must not be there), so ids whose scores tie within ``rel`` may swap.
    - ``explain``: called with the same arguments when they differ; its text
      (the quantities recomputed from the spec, say) follows the difference.

    Returns the submission's value.
    """
    spec = solution.problem.compare
    if spec.order == "ranking" and score is None:
        raise ValueError('[compare] order = "ranking" compares by score: pass agree(..., score=)')
    rel = spec.rel if rel is None else rel
    abs_tol = spec.abs if abs_tol is None else abs_tol
    if returns is STUB:
        from judge.testing.types import stub_returns

        returns = stub_returns(solution.problem)
    expected = call_reference(reference, *args, **kwargs)
    actual = solution(*args, **kwargs)
    call = solution.last_call
    try:
        if score is not None:  # order = "ranking"
            expect_ranking(actual, expected, score, call=call, rel=rel, returns=returns)
        elif spec.order == "set":
            check_type(actual, returns, call)
            expect_equal(_in_order(actual), _in_order(expected), call=call, rel=rel,
                         abs_tol=abs_tol, reason=reason)
        else:
            expect_equal(actual, expected, call=call, returns=returns, rel=rel,
                         abs_tol=abs_tol, reason=reason)
    except WrongAnswer as wrong:
        if explain is None or str(wrong).startswith("wrong return type"):
            raise
        wrong.reason = f"{wrong.reason}; {explain(*args, **kwargs)}"
        wrong.args = (wrong.reason,)
        raise
    return actual


def returned(solution: Solution, *args: Any, returns: Any = STUB, **kwargs: Any) -> Any:
    """The submission's value for this call, of the type the stub declares (or
    ``returns``): for a property that checks the value on its own."""
    value = solution(*args, **kwargs)
    if returns is STUB:
        from judge.testing.types import stub_returns

        returns = stub_returns(solution.problem)
    check_type(value, returns, solution.last_call)
    return value


def fail(solution: Solution, reason: str, *, actual: Any = None,
         expected: Any = None) -> typing.NoReturn:
    """Wrong Answer for the submission's last call, with the reason in words."""
    raise WrongAnswer(reason, call=solution.last_call, expected=expected, actual=actual)


def expect_raises(solution: Solution, error: type[BaseException], *args: Any,
                  reason: str = "", **kwargs: Any) -> None:
    """The submission must raise ``error`` (or a subclass) for this input."""
    try:
        value = solution(*args, **kwargs)
    except SubmissionRaised as raised:
        if raised.is_a(error.__name__):
            return
        raise WrongAnswer(
            f"{reason or 'this input'} should raise {error.__name__}, but your code raised "
            f"{raised.exc_type}: {raised.message}", call=solution.last_call,
            show_values=False) from None
    from judge.testing.proxy import RemoteObject

    did = ("made the object" if isinstance(value, RemoteObject)
           else f"returned {safe_repr(value, 120)}")
    raise WrongAnswer(
        f"{reason or 'this input'} should raise {error.__name__}, but your code {did}",
        call=solution.last_call, show_values=False)

