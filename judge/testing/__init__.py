"""Helpers for hidden tests: the submission proxy, type checks, comparison, examples.

A problem's hidden tests receive two session fixtures from :mod:`judge.grading.plugin`:

    solution    a :class:`Solution`; ``solution(*args)`` calls the entry point
                in the worker and returns plain data (or raises an outcome)
    reference   the reference's entry point, imported in the grading process

and compare with :func:`agree`, :func:`expect_equal`, :func:`expect_raises`,
or check validity themselves and raise :class:`WrongAnswer` with a reason.
"""

from __future__ import annotations

import contextlib
import copy
import doctest
import math
import re
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.grading.outcomes import (
    Call,
    CompileFailure,
    LoadFailure,
    MemoryLimit,
    NotImplementedYet,
    SubmissionCrashed,
    SubmissionRaised,
    TimeLimit,
    WrongAnswer,
)
from judge.isolation.client import (
    Batch,
    CompileFailed,
    Died,
    Loaded,
    MadeObject,
    Raised,
    Reply,
    Returned,
    WorkerProcess,
)
from judge.isolation.wire import Array, Opaque, SeededRandom, Sparse, Stream, safe_repr
from judge.packages.format import Problem, load_problem
from judge.testing.randomized import expect_frequencies, expect_uniform

__all__ = [
    "SeededRandom", "Solution", "Stream", "WrongAnswer", "agree", "check_type", "expect_equal",
    "expect_frequencies", "expect_raises", "expect_ranking", "expect_uniform",
    "first_difference", "run_machine", "statement_examples",
]

REL_TOL = 1e-9
ABS_TOL = 1e-12


class Transcript:
    """The calls on one instance of a class problem, printable as code to paste.

    The instance is named by the last word of the class name (LRUTrackCache ->
    ``cache``). After Hypothesis shrinks a failing rule sequence it replays it
    once more, so the transcript then holds exactly the minimal sequence.
    """

    def __init__(self, variable: str, creation: Call) -> None:
        self.variable = variable
        self.lines = [f"{variable} = {creation.code()}"]

    def add(self, method: str, call: Call) -> None:
        text = call.code().split("(", 1)[1]
        if method == "__len__":
            self.lines.append(f"len({self.variable})")
        else:
            self.lines.append(f"{self.variable}.{method}({text}")

    def code(self) -> str:
        return "\n".join(self.lines)

    def __str__(self) -> str:
        return self.code()


def instance_name(class_name: str) -> str:
    words = re.findall(r"[A-Z][a-z]+|[a-z]+", class_name)
    return words[-1].lower() if words else "obj"


class Solution:
    """The submission, seen from the grading process: every call goes to the worker."""

    def __init__(self, problem: Problem, submission: Path, workdir: Path,
                 param_names: tuple[str, ...] = (), hash_seed: int = 0) -> None:
        self.problem = problem
        self.submission = submission
        self.workdir = workdir
        self.hash_seed = hash_seed
        self.worker = WorkerProcess(submission, problem.entry, problem.kind, problem.limits,
                                    workdir, hash_seed, also=problem.also,
                                    hidden=(problem.path,))
        self.twins: dict[int, Solution] = {}
        self.param_names = param_names
        self.generation = 0
        self.last_call: Call | Transcript | None = None
        self.transcript: Transcript | None = None
        self.last_output = ""
        self.calls = 0
        self.timeout_override: float | None = None
        self.hunting = False

    def ensure_started(self) -> None:
        if self.worker.alive:
            return
        self.generation += 1
        reply = self.worker.start()
        if isinstance(reply, Loaded):
            return
        self.worker.close()
        if isinstance(reply, CompileFailed):
            where = f" (line {reply.line})" if reply.line else ""
            raise CompileFailure(f"{reply.message}{where}", reply.line, reply.output.shown())
        if isinstance(reply, Raised):
            if reply.is_a("MemoryError"):
                raise MemoryLimit("ran out of memory while the file was loading",
                                 output=reply.output.shown(), traceback=reply.traceback)
            raise LoadFailure(
                f"loading the file raised {reply.type}: {reply.message}",
                output=reply.output.shown(), traceback=reply.traceback)
        if reply.how in ("timeout", "cpu"):
            raise TimeLimit(f"loading the file did not finish: {reply.detail}",
                            output=reply.output.shown())
        if reply.how == "memory":
            raise MemoryLimit(f"loading the file {reply.detail}", output=reply.output.shown())
        raise LoadFailure(f"loading the file {reply.detail}", output=reply.output.shown())

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.invoke(None, self.problem.entry, args, kwargs, self.timeout_override)

    def map(self, args_list: list[tuple[Any, ...]]) -> list[Any]:
        """The entry point on many small inputs, in one round trip to the worker
        (a statistical test's thousands of seeded runs). Each result is settled
        like a single call; the first failure raises, naming its call."""
        self.ensure_started()
        calls = [Call(self.problem.entry, copy.deepcopy(args), {}) for args in args_list]
        budget = self.timeout_override or self.problem.limits.call_timeout_s
        reply = self.worker.batch(None, list(args_list),
                                  timeout=budget * max(1.0, len(args_list) / 200))
        self.calls += len(args_list)
        if not isinstance(reply, Batch):
            self.last_call = calls[0] if calls else None
            return [self.settle(calls[0], reply)] if calls else []
        values = []
        for call, one in zip(calls, reply.replies, strict=False):
            self.last_call = call
            output = getattr(one, "output", None)
            self.last_output = output.shown() if output is not None else ""
            values.append(self.settle(call, one))
        return values

    def function(self, name: str) -> Callable[..., Any]:
        """Another function the submission defines (problem.toml ``also``)."""
        if name not in self.problem.also:
            raise ValueError(f"{name!r} is not in the problem's 'also' list")

        def call(*args: Any, **kwargs: Any) -> Any:
            return self.invoke(("function", name), name, args, kwargs, self.timeout_override)

        return call

    def with_hash_seed(self, seed: int) -> Solution:
        """The same submission in another worker whose PYTHONHASHSEED is ``seed``:
        an answer that depends on the process (builtin hash, set order) shows it."""
        if seed == self.hash_seed:
            return self
        if seed not in self.twins:
            twin = Solution(self.problem, self.submission, self.workdir.parent
                            / f"{self.workdir.name}-seed{seed}", self.param_names, seed)
            twin.hunting = self.hunting
            self.twins[seed] = twin
        twin = self.twins[seed]
        twin.timeout_override = self.timeout_override
        return twin

    @contextlib.contextmanager
    def time_limit(self, seconds: float) -> Iterator[None]:
        """Calls in this block may take up to ``seconds`` (a large correctness input
        that a correct but naive solution must still finish, to be judged on speed).

        Once the verdict is known (the plugin is hunting for a smaller failing
        input), such a test is skipped: a large input is never the smaller one.
        """
        if self.hunting:
            import pytest

            pytest.skip("the verdict is known; a large input cannot be smaller evidence")
        previous, self.timeout_override = self.timeout_override, seconds
        try:
            yield
        finally:
            self.timeout_override = previous

    def invoke(self, target: Any, name: str, args: tuple[Any, ...], kwargs: dict[str, Any],
               timeout: float | None = None) -> Any:
        self.ensure_started()
        call = Call(name, copy.deepcopy(args), copy.deepcopy(kwargs))
        self.last_call = call
        if target is not None and isinstance(target[0], int) and self.transcript is not None:
            self.transcript.add(target[1], call)
            self.last_call = self.transcript
        self.calls += 1
        reply = self.worker.call(target, args, kwargs, timeout=timeout)
        output = getattr(reply, "output", None)
        self.last_output = output.shown() if output is not None else ""
        if isinstance(reply, MadeObject):
            self.transcript = Transcript(instance_name(name), call)
            self.last_call = self.transcript
        return self.settle(self.last_call, reply)

    def settle(self, call: Call | Transcript, reply: Reply) -> Any:
        """A reply becomes a value, a handle, or the outcome exception."""
        if isinstance(reply, Returned):
            if reply.mutated:
                names = ", ".join(self._param(m) for m in reply.mutated)
                raise WrongAnswer(
                    f"your code changed its input in place ({names}); the caller's data must"
                    " stay as it was: work on a copy", call=call, show_values=False)
            return reply.value
        if isinstance(reply, MadeObject):
            return RemoteObject(self, reply.handle, self.generation)
        if isinstance(reply, Raised):
            if reply.is_a("NotImplementedError"):
                raise NotImplementedYet(
                    f"not implemented yet: {_name(call)} still raises NotImplementedError",
                    call, reply.output.shown(), reply.traceback)
            if reply.is_a("MemoryError"):
                self.worker.close()  # its heap may be in any state: start afresh
                raise MemoryLimit(
                    f"ran out of memory (limit {self.problem.limits.memory_mb} MiB)",
                    call, reply.output.shown(), reply.traceback)
            raise SubmissionRaised(call, reply.type, reply.ancestors, reply.message,
                                   reply.traceback, reply.output.shown())
        if isinstance(reply, Died):
            self.worker.close()
            if reply.how in ("timeout", "cpu"):
                raise TimeLimit(f"{_name(call)} did not finish: {reply.detail}", call,
                                reply.output.shown())
            if reply.how == "memory":
                raise MemoryLimit(f"your code {reply.detail}", call, reply.output.shown())
            raise SubmissionCrashed(call, reply.how, reply.detail, reply.output.shown())
        raise SubmissionCrashed(call, "protocol", "answered out of turn", "")

    def _param(self, index: int | str) -> str:
        if isinstance(index, int) and index < len(self.param_names):
            return f"argument '{self.param_names[index]}'"
        return f"argument {index + 1}" if isinstance(index, int) else f"argument '{index}'"

    def close(self) -> None:
        self.worker.close()
        for twin in self.twins.values():
            twin.close()


class RemoteObject:
    """An instance of the submission's class, living in the worker."""

    def __init__(self, solution: Solution, handle: int, generation: int) -> None:
        self._solution = solution
        self._handle = handle
        self._generation = generation

    def __getattr__(self, method: str) -> Callable[..., Any]:
        if method.startswith("_") and method != "__len__":
            raise AttributeError(method)

        def remote(*args: Any, **kwargs: Any) -> Any:
            if self._solution.generation != self._generation or not self._solution.worker.alive:
                raise SubmissionCrashed(None, "exit", "lost this object: the worker restarted",
                                        "")
            return self._solution.invoke((self._handle, method), method, args, kwargs,
                                         self._solution.timeout_override)

        return remote

    def __len__(self) -> int:
        value = self.__getattr__("__len__")()
        check_type(value, int, self._solution.last_call)
        return int(value)


def _name(call: Call | Transcript) -> str:
    return call.name if isinstance(call, Call) else call.lines[-1].split("(")[0]


# -- types ----------------------------------------------------------------

def _type_name(tp: Any) -> str:
    if tp is type(None):
        return "None"
    return getattr(tp, "__name__", None) or str(tp).replace("typing.", "")


def _conversion_hint(value: Any, tp: Any) -> str:
    if isinstance(value, Opaque):
        if value.type_name == "generator":
            return "; a generator is not a list: return list(...)"
        if value.type_name.startswith("numpy.") and tp in (int, float, bool):
            return f"; convert it with {tp.__name__}(...)"
        return ""
    if tp is int and isinstance(value, float):
        return "; a float is not an int even when it is whole: convert with int(...)"
    if tp is list and isinstance(value, tuple):
        return "; return list(...)"
    if tp is tuple and isinstance(value, list):
        return "; return a tuple"
    return ""


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


def _describe(value: Any) -> str:
    if isinstance(value, Opaque):
        return value.type_name
    if isinstance(value, Array):
        return "numpy.ndarray"
    if isinstance(value, Sparse):
        return f"scipy.sparse.{value.kind}"
    return type(value).__name__


def _a(word: str | None) -> str:
    word = word or "other"
    return ("an " if word[0] in "aeiou" else "a ") + word


def _is_sparse_type(tp: Any) -> bool:
    return str(getattr(tp, "__module__", "")).startswith("scipy.sparse") and isinstance(tp, type)


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


def type_problem(value: Any, tp: Any, where: str = "the result") -> str | None:
    """Why ``value`` is not an instance of ``tp`` (a type or typing form), or None."""
    if tp is Any:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if any(type_problem(value, option, where) is None for option in typing.get_args(tp)):
            return None
        return f"{where} is {_describe(value)}, expected {_type_name(tp)}"
    if tp is None or tp is type(None):
        return None if value is None else f"{where} is {_describe(value)}, expected None"
    if _is_sparse_type(tp):
        if isinstance(value, Sparse) and value.kind == tp.__name__:
            return None
        hint = ""
        if isinstance(value, Sparse) and tp.__name__.endswith("_matrix"):
            hint = f"; convert it with scipy.sparse.{tp.__name__}(...)"
        elif isinstance(value, Array):
            hint = f"; build it with scipy.sparse.{tp.__name__}(...)"
        return f"{where} is {_describe(value)}, expected scipy.sparse.{tp.__name__}{hint}"
    if getattr(tp, "__module__", "") == "numpy" and getattr(tp, "__name__", "") == "ndarray":
        return None if isinstance(value, Array) else (
            f"{where} is {_describe(value)}, expected numpy.ndarray")
    base = origin or tp
    ok = isinstance(value, base)
    if base is int and isinstance(value, bool):
        ok = False
    if base is float and isinstance(value, int) and not isinstance(value, bool):
        ok = True  # an int is acceptable where a float is asked (the numeric tower)
    if not ok:
        return (f"{where} is {_describe(value)} {safe_repr(value, 60)}, expected "
                f"{_type_name(base)}{_conversion_hint(value, base)}")
    args = typing.get_args(tp)
    if not args:
        return None
    if base in (list, set, frozenset):
        for i, item in enumerate(value):
            problem = type_problem(item, args[0], f"{where}[{i}]" if base is list else
                                   f"an item of {where}")
            if problem:
                return problem
    elif base is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            items = [(v, args[0]) for v in value]
        else:
            if len(value) != len(args):
                return f"{where} has {_items(len(value))}, expected a tuple of {len(args)}"
            items = list(zip(value, args, strict=True))
        for i, (item, item_tp) in enumerate(items):
            problem = type_problem(item, item_tp, f"{where}[{i}]")
            if problem:
                return problem
    elif base is dict:
        for key, item in value.items():
            problem = type_problem(key, args[0], f"a key of {where}") or type_problem(
                item, args[1], f"{where}[{safe_repr(key, 40)}]")
            if problem:
                return problem
    return None


class _TypeName:
    """Shows a type as its name in the report's "Expected:" line (not as a string)."""

    def __init__(self, tp: Any) -> None:
        self.text = f"a value of type {_type_name(tp)}"

    def __repr__(self) -> str:
        return self.text


def check_type(value: Any, tp: Any, call: object | None) -> None:
    problem = type_problem(value, tp)
    if problem:
        raise WrongAnswer(f"wrong return type: {problem}", call=call,
                          expected=_TypeName(tp), actual=value)


# -- values ---------------------------------------------------------------

def _is_ndarray(value: Any) -> bool:
    return type(value).__name__ == "ndarray" and type(value).__module__ == "numpy"


def _items(n: int) -> str:
    return f"{n} item" if n == 1 else f"{n} items"


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


def agree(solution: Solution, reference: Callable[..., Any], *args: Any, returns: Any = Any,
          rel: float = REL_TOL, abs_tol: float = ABS_TOL, reason: str = "",
          **kwargs: Any) -> Any:
    """Call both on the same input; the submission must match the reference."""
    expected = call_reference(reference, *args, **kwargs)
    actual = solution(*args, **kwargs)
    expect_equal(actual, expected, call=solution.last_call, returns=returns, rel=rel,
                 abs_tol=abs_tol, reason=reason)
    return actual


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
    raise WrongAnswer(
        f"{reason or 'this input'} should raise {error.__name__}, but your code returned "
        f"{safe_repr(value, 120)}", call=solution.last_call, show_values=False)


def run_machine(machine: type[Any]) -> None:
    """Run a Hypothesis RuleBasedStateMachine under the judge's current profile
    (its examples, step count, and the shorter hunt after a first failure)."""
    from hypothesis import settings
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(machine, settings=settings())


# -- statement examples ---------------------------------------------------

@dataclass(frozen=True)
class Example:
    """One ``>>>`` example of a statement: its call and its printed answer."""

    number: int
    source: str
    want: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    @property
    def expected(self) -> Any:
        import numpy

        names = {"inf": math.inf, "nan": math.nan, "array": numpy.array,
                 "float64": numpy.float64, "int64": numpy.int64}
        return eval(self.want, names)

    def __str__(self) -> str:
        return f"example{self.number}"


def _recorder(calls: list[tuple[tuple[Any, ...], dict[str, Any]]]) -> Callable[..., None]:
    def record(*args: Any, **kwargs: Any) -> None:
        calls.append((args, kwargs))

    return record


def _array_names(source: str) -> dict[str, Any]:
    """``np``, ``array`` and ``csr_matrix`` for an example that uses them; numpy and
    scipy are imported only then, not at the collection of every grading run."""
    names: dict[str, Any] = {}
    if "np." in source or "array(" in source:
        import numpy

        names.update(np=numpy, array=numpy.array)
    if "csr_matrix" in source:
        import scipy.sparse

        names["csr_matrix"] = scipy.sparse.csr_matrix
    return names


def statement_examples(anchor: str | Path, entry: str | None = None) -> list[Example]:
    """The ``>>> entry(...)`` examples of the statement of the problem ``anchor`` lies in.

    ``anchor`` is a path inside the package (a test's ``__file__`` will do).
    """
    folder = Path(anchor).resolve()
    while not (folder / "problem.toml").is_file():
        if folder.parent == folder:
            raise FileNotFoundError(f"no problem.toml above {anchor}")
        folder = folder.parent
    if entry is None:
        entry = load_problem(folder).entry
    text = (folder / "statement.md").read_text(encoding="utf-8")
    examples = []
    for number, ex in enumerate(doctest.DocTestParser().get_examples(text), start=1):
        captured: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
        # `random.Random(seed)` in an example is a SeededRandom: it prints as that call
        names = {entry: _recorder(captured), "inf": math.inf, "nan": math.nan,
                 "random": types.SimpleNamespace(Random=SeededRandom),
                 **_array_names(ex.source)}
        eval(ex.source, names)
        if len(captured) != 1:
            raise ValueError(f"{folder / 'statement.md'}: example {number} must be one call"
                             f" of {entry}")
        args, kwargs = captured[0]
        # doctest ends an answer only at a blank line: cut the closing fence and any prose
        want = ex.want.split("```")[0].strip()
        examples.append(Example(number, ex.source.strip(), want, args, kwargs))
    return examples
