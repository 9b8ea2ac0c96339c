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
from typing import Any

from judge.isolation.wire import code_repr, safe_repr

CALL_REPR_LIMIT = 400
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


class Outcome:
    """Mixin: a submission failure with a raw outcome kind and evidence."""

    kind = "judge_error"
    stops_run = False  # True: the failure does not depend on the input

    def details(self) -> dict[str, Any]:  # pragma: no cover - overridden
        return {}


class WrongAnswer(AssertionError, Outcome):
    """The submission returned a wrong value (or changed its input)."""

    kind = "wrong_answer"

    def __init__(self, reason: str, *, call: object | None = None,
                 expected: Any = None, actual: Any = None, show_values: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.call = str(call) if call is not None else None
        self.expected = safe_repr(expected, 1500) if show_values else None
        self.actual = safe_repr(actual, 1500) if show_values else None

    def details(self) -> dict[str, Any]:
        return {"reason": self.reason, "call": self.call,
                "expected": self.expected, "actual": self.actual}


class SubmissionRaised(Exception, Outcome):
    """The submission raised an exception it should not have."""

    kind = "runtime_error"

    def __init__(self, call: object | None, exc_type: str, mro: tuple[str, ...], message: str,
                 traceback: tuple[str, ...], output: str) -> None:
        super().__init__(f"{exc_type}: {message}")
        self.call = str(call) if call else None
        self.exc_type = exc_type
        self.mro = mro
        self.message = message
        self.traceback = traceback
        self.output = output

    def is_a(self, name: str) -> bool:
        return name == self.exc_type or name in self.mro

    def details(self) -> dict[str, Any]:
        return {"reason": f"raised {self.exc_type}: {self.message}" if self.message
                else f"raised {self.exc_type}",
                "call": self.call, "exception": self.exc_type,
                "traceback": list(self.traceback), "output": self.output}


class SubmissionCrashed(Exception, Outcome):
    """The worker process exited or was killed by a signal during a call."""

    kind = "runtime_error"

    def __init__(self, call: object | None, how: str, detail: str, output: str) -> None:
        super().__init__(f"your code {detail}")
        self.call = str(call) if call else None
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

    kind = "time_limit"


class MemoryLimit(_Stop):
    """The submission ran out of its memory (address space) limit."""

    kind = "memory_limit"


class NotImplementedYet(_Stop):
    """The stub still raises NotImplementedError."""

    kind = "not_implemented"


class CompileFailure(_Stop):
    """The file does not compile, import, or define the entry point of the right kind."""

    kind = "compile_error"

    def __init__(self, reason: str, line: int | None, output: str = "") -> None:
        super().__init__(reason, None, output)
        self.line = line

    def details(self) -> dict[str, Any]:
        return {**super().details(), "line": self.line}


class LoadFailure(_Stop):
    """Loading the file ran code that raised, crashed or hung."""

    kind = "runtime_error"
