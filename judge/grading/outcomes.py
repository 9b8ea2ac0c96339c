"""What a hidden test sees when the submission misbehaves, as exceptions with evidence.

Raised in the grading process (never in the worker), each carries the raw
outcome ``kind`` that :mod:`judge.grading.verdicts` turns into a verdict, and a
``details()`` dict the plugin writes to the report.

Failures that do not depend on the input (a hang, memory exhaustion, a stub
that is not implemented, a file that does not compile) derive from
BaseException, so Hypothesis stops at once instead of shrinking through many
slow or pointless re-runs. Wrong answers and crashes are ordinary exceptions
so that Hypothesis shrinks them to a minimal input.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from judge.isolation.client import Died, Raised
from judge.isolation.environment import explain_load_error
from judge.isolation.wire import code_repr, safe_repr


class Kind(StrEnum):
    """The raw outcome of a failed test or speed run (judge.grading.verdicts maps
    each to a verdict). A str, so the report's JSON holds the plain name."""

    WRONG_ANSWER = "wrong_answer"
    RUNTIME_ERROR = "runtime_error"
    NOT_IMPLEMENTED = "not_implemented"
    TIME_LIMIT = "time_limit"
    MEMORY_LIMIT = "memory_limit"
    COMPILE_ERROR = "compile_error"
    TOO_SLOW = "too_slow"
    JUDGE_ERROR = "judge_error"


@dataclass(frozen=True)
class ReplyOutcome:
    """What a failed worker reply means: its kind, and what the code did, in words
    that follow "your code" (or the call's name)."""

    kind: Kind
    reason: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.reason}"


def reply_outcome(reply: Raised | Died) -> ReplyOutcome:
    """A worker's failed reply -> outcome kind and reason. Pure; the one place both
    the correctness side (judge.testing.proxy) and the speed side
    (judge.speed.measure) decide what a raise or a death of the submission is."""
    if isinstance(reply, Raised):
        if reply.is_a("NotImplementedError"):
            return ReplyOutcome(Kind.NOT_IMPLEMENTED, "still raises NotImplementedError")
        if reply.is_a("MemoryError"):
            return ReplyOutcome(Kind.MEMORY_LIMIT, "ran out of memory")
        raised = raised_reason(reply.type, reply.message)
        if reply.is_a("ModuleNotFoundError"):  # an import inside a function: say what to do
            raised = explain_load_error(raised)
        return ReplyOutcome(Kind.RUNTIME_ERROR, raised)
    if reply.how in ("timeout", "cpu"):
        return ReplyOutcome(Kind.TIME_LIMIT, f"did not finish: {reply.detail}")
    if reply.how == "memory":
        return ReplyOutcome(Kind.MEMORY_LIMIT, reply.detail)
    return ReplyOutcome(Kind.RUNTIME_ERROR, reply.detail)


CALL_REPR_LIMIT = 400
# A return value the worker could not send back (judge.isolation.worker.send): its
# message says what happened, with no exception of the submission's to name.
TRANSFER_ERROR = "JudgeTransferError"


def raised_reason(exc_type: str, message: str) -> str:
    """Why a call that raised failed, as the correctness and speed sides both say it."""
    if exc_type == TRANSFER_ERROR:
        return message
    return f"raised {exc_type}: {message}" if message else f"raised {exc_type}"
TOO_LARGE = "# arguments too large to show"  # judge.grading.verdicts ranks such calls as big


@dataclass(frozen=True)
class Call:
    """One call of the submission, printable as code a person can paste."""

    name: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    def code(self, limit: int = CALL_REPR_LIMIT) -> str:
        parts = [code_repr(a, limit) for a in self.args]
        parts += [f"{k}={code_repr(v, limit)}" for k, v in self.kwargs.items()]
        text = f"{self.name}({', '.join(parts)})"
        if len(text) > limit:
            sizes = ", ".join(_size(a) for a in self.args)
            text = f"{self.name}(...)  {TOO_LARGE}: {sizes}"
        return text

    def __str__(self) -> str:
        return self.code()


def _size(value: Any) -> str:
    try:
        return f"{type(value).__name__} of {len(value):,}"
    except TypeError:
        return type(value).__name__


NOTHING: Any = object()  # a failure that shows no value of the submission's


def evidence_of(call: object | None) -> object | None:
    """What a failure keeps of its call to reproduce it later: the call itself, or a
    frozen copy of a call sequence (judge.testing.proxy.Transcript grows after)."""
    snapshot = getattr(call, "snapshot", None)
    return snapshot() if callable(snapshot) else call


class Outcome:
    """Mixin: a submission failure with a raw outcome kind and evidence.

    ``evidence`` is the call as the test named it (a Call, a call sequence, or
    code as text) and ``actual_value`` the value the report shows as "Got";
    judge.testing.reproduce re-runs the first to see that it gives the second."""

    kind: Kind = Kind.JUDGE_ERROR
    stops_run = False  # True: the failure does not depend on the input
    evidence: object | None = None
    actual_value: Any = NOTHING

    def details(self) -> dict[str, Any]:  # pragma: no cover - overridden
        return {}


class _Sorted:
    """A set shown with its items in sorted order: the same in every process (a set's
    own order depends on the process's hash seed)."""

    def __init__(self, items: set[Any] | frozenset[Any]) -> None:
        self.items = items

    def __repr__(self) -> str:
        shown = ", ".join(sorted(safe_repr(as_reported(v), 200) for v in self.items))
        if isinstance(self.items, frozenset):
            return f"frozenset({{{shown}}})" if shown else "frozenset()"
        return f"{{{shown}}}" if shown else "set()"


def as_reported(value: Any) -> Any:
    """``value`` with its numpy arrays and scipy sparse matrices as they cross the
    worker boundary (judge.isolation.wire.Array, Sparse): the reference's arrays then
    print like the submission's, and like a re-run of the reproduce code gives them."""
    kind = type(value)
    module = str(getattr(kind, "__module__", ""))
    if kind in (list, tuple):
        return kind(as_reported(v) for v in value)
    if kind is dict:
        return {k: as_reported(v) for k, v in value.items()}
    if kind in (set, frozenset):
        return _Sorted(value)
    if module == "numpy" and kind.__name__ == "ndarray":
        from judge.isolation.wire import _numpy_to_plain

        return _numpy_to_plain(value)
    if module.startswith("scipy.sparse") and hasattr(value, "tocsr"):
        from judge.isolation.wire import _sparse_to_plain

        return _sparse_to_plain(value)
    return value


class WrongAnswer(AssertionError, Outcome):
    """The submission returned a wrong value (or changed its input)."""

    kind = Kind.WRONG_ANSWER

    def __init__(self, reason: str, *, call: object | None = None,
                 expected: Any = NOTHING, actual: Any = NOTHING, show_values: bool = True
                 ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.call = str(call) if call is not None else None
        self.evidence = evidence_of(call)
        # a value not given is not shown (an explicit None is: "Got: None")
        shown = show_values and actual is not NOTHING
        self.expected = (safe_repr(as_reported(expected), 1500)
                         if show_values and expected is not NOTHING else None)
        self.actual = safe_repr(as_reported(actual), 1500) if shown else None
        self.actual_value = actual if shown else NOTHING

    def details(self) -> dict[str, Any]:
        return {"reason": self.reason, "call": self.call,
                "expected": self.expected, "actual": self.actual}


class SubmissionRaised(Exception, Outcome):
    """The submission raised an exception it should not have."""

    kind = Kind.RUNTIME_ERROR

    def __init__(self, call: object | None, exc_type: str, mro: tuple[str, ...], message: str,
                 traceback: tuple[str, ...], output: str) -> None:
        super().__init__(f"{exc_type}: {message}")
        self.call = str(call) if call else None
        self.evidence = evidence_of(call)
        self.exc_type = exc_type
        self.mro = mro
        self.message = message
        self.traceback = traceback
        self.output = output

    def is_a(self, name: str) -> bool:
        return name == self.exc_type or name in self.mro

    def details(self) -> dict[str, Any]:
        return {"reason": raised_reason(self.exc_type, self.message),
                "call": self.call, "exception": self.exc_type,
                "traceback": list(self.traceback), "output": self.output}


class SubmissionCrashed(Exception, Outcome):
    """The worker process exited or was killed by a signal during a call."""

    kind = Kind.RUNTIME_ERROR

    def __init__(self, call: object | None, how: str, detail: str, output: str) -> None:
        super().__init__(f"your code {detail}")
        self.call = str(call) if call else None
        self.evidence = evidence_of(call)
        self.how = how
        self.detail = detail
        self.output = output

    def details(self) -> dict[str, Any]:
        return {"reason": f"your code {self.detail}", "call": self.call,
                "how": self.how, "output": self.output}


class _Stop(BaseException, Outcome):
    """Base of failures Hypothesis must not shrink (they do not depend on the input)."""

    stops_run = True

    def __init__(self, reason: str, call: object | None = None, output: str = "",
                 traceback: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.call = str(call) if call else None
        self.output = output
        self.traceback = traceback

    def details(self) -> dict[str, Any]:
        return {"reason": self.reason, "call": self.call, "output": self.output,
                "traceback": list(self.traceback)}


class TimeLimit(_Stop):
    """A call ran past its wall-clock or CPU limit."""

    kind = Kind.TIME_LIMIT


class MemoryLimit(_Stop):
    """The submission ran out of its memory (address space) limit."""

    kind = Kind.MEMORY_LIMIT


class NotImplementedYet(_Stop):
    """The stub still raises NotImplementedError."""

    kind = Kind.NOT_IMPLEMENTED


class CompileFailure(_Stop):
    """The file does not compile, import, or define the entry point of the right kind."""

    kind = Kind.COMPILE_ERROR

    def __init__(self, reason: str, line: int | None, output: str = "") -> None:
        super().__init__(reason, None, output)
        self.line = line

    def details(self) -> dict[str, Any]:
        return {**super().details(), "line": self.line}


class LoadFailure(_Stop):
    """Loading the file ran code that raised, crashed or hung."""

    kind = Kind.RUNTIME_ERROR
