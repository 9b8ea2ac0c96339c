"""The closed set of verdicts, and small pure functions from raw outcomes to them.

A grading run's report (:class:`judge.grading.report.Report`) lists tests in the order they
ran; the first failure decides, as in Kattis: examples run first, then
properties, so the verdict names the simplest failing case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from judge.grading.outcomes import TOO_LARGE, Kind
from judge.grading.report import Report, TestRecord

if TYPE_CHECKING:
    from judge.speed.measure import SpeedReport


class Verdict(Enum):
    ACCEPTED = "Accepted"
    WRONG_ANSWER = "Wrong Answer"
    TOO_SLOW = "Too Slow"
    TIME_LIMIT_EXCEEDED = "Time Limit Exceeded"
    MEMORY_LIMIT_EXCEEDED = "Memory Limit Exceeded"
    RUNTIME_ERROR = "Runtime Error"
    COMPILATION_ERROR = "Compilation Error"
    JUDGE_ERROR = "Judge Error"

    @property
    def slug(self) -> str:
        """The planted/ folder name: ``wrong_answer``."""
        return self.name.lower()

    @classmethod
    def from_slug(cls, slug: str) -> Verdict:
        return cls[slug.upper()]

    def __str__(self) -> str:
        return self.value


KIND_TO_VERDICT: dict[Kind, Verdict] = {
    Kind.WRONG_ANSWER: Verdict.WRONG_ANSWER,
    Kind.RUNTIME_ERROR: Verdict.RUNTIME_ERROR,
    Kind.NOT_IMPLEMENTED: Verdict.RUNTIME_ERROR,
    Kind.TIME_LIMIT: Verdict.TIME_LIMIT_EXCEEDED,
    Kind.MEMORY_LIMIT: Verdict.MEMORY_LIMIT_EXCEEDED,
    Kind.COMPILE_ERROR: Verdict.COMPILATION_ERROR,
    Kind.TOO_SLOW: Verdict.TOO_SLOW,
    Kind.JUDGE_ERROR: Verdict.JUDGE_ERROR,
}


@dataclass(frozen=True)
class Failure:
    """The evidence for a verdict other than Accepted. ``kind`` may be given as its
    plain name ("judge_error"); it is stored as the Kind (unknown: judge_error)."""

    kind: Kind | str
    reason: str
    test: str = ""
    property: str = ""
    call: str | None = None
    expected: str | None = None
    actual: str | None = None
    input: str | None = None
    traceback: tuple[str, ...] = ()
    output: str = ""
    line: int | None = None
    log: str = ""
    # True: the judge re-ran ``call`` in a fresh worker and it gave ``actual``;
    # False: it did not (``note`` says why); None: not checked
    reproduced: bool | None = None
    note: str = ""
    hash_seed: int = 0  # the PYTHONHASHSEED ``call`` was re-run under

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", _kind(self.kind))

    def __str__(self) -> str:
        return self.reason


@dataclass(frozen=True)
class PreviousCheck:
    """The last timed check of the same file (from the history), which a check's
    speed is compared with."""

    submission: str  # the file's absolute path
    at: datetime  # when (UTC)
    ratio: float  # its speed ratio against the reference


@dataclass(frozen=True)
class CheckResult:
    problem: str
    submission: str
    verdict: Verdict
    summary: str
    failure: Failure | None = None
    tests_passed: int = 0
    tests_total: int = 0
    seconds: float = 0.0
    sha256: str = ""
    speed: SpeedReport | None = None
    previous: PreviousCheck | None = None  # the last timed check of this file, if any
    # how the worker was confined (judge.isolation.confine), e.g. "landlock-7+netns"
    confinement: str = ""

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED

    @property
    def previous_ratio(self) -> float | None:
        return self.previous.ratio if self.previous is not None else None

    def __str__(self) -> str:
        return f"{self.verdict}: {self.summary}"


def verdict_of(kind: Kind | str) -> Verdict:
    return KIND_TO_VERDICT[_kind(kind)]


def failure_from_test(test: TestRecord) -> Failure:
    details = test.details or {}

    def text(key: str) -> str | None:
        value = details.get(key)
        return None if value is None else str(value)

    line = details.get("line")
    reproduced = details.get("reproduced")
    seed = details.get("hash_seed")
    return Failure(
        kind=test.kind or Kind.JUDGE_ERROR,
        reason=text("reason") or "failed",
        test=test.name,
        property=test.doc,
        call=text("call"),
        expected=text("expected"),
        actual=text("actual"),
        input=test.input,
        traceback=tuple(str(t) for t in details.get("traceback") or ()),
        output=text("output") or "",
        line=line if isinstance(line, int) else None,
        log=test.longrepr,
        reproduced=reproduced if isinstance(reproduced, bool) else None,
        note=text("note") or "",
        hash_seed=seed if isinstance(seed, int) else 0,
    )


def _kind(value: Any) -> Kind:
    try:
        return Kind(value)
    except ValueError:
        return Kind.JUDGE_ERROR


def smallest_evidence(verdict: Verdict, failures: list[Failure]) -> Failure:
    """Of the failures that show ``verdict``, the one with the shortest call.

    The first failure decides the verdict (examples run first); the evidence
    is the smallest input that shows it, often a Hypothesis-shrunk one.
    """
    same = [f for f in failures if verdict_of(f.kind) is verdict]
    return min(same, key=_evidence_size)


def _evidence_size(failure: Failure) -> int:
    """How big the failing call is; a call too large to print is big, whatever its
    placeholder's length (judge.grading.outcomes.Call.code)."""
    if not failure.call:
        return 10**9
    if TOO_LARGE in failure.call:
        return 10**8
    return len(failure.call)


def decide(report: Report) -> tuple[Verdict, Failure | None, int, int]:
    """(verdict, evidence, tests passed, tests collected) from a grading run's report."""
    tests = report.tests
    passed = sum(1 for t in tests if t.outcome == "passed")
    skipped = sum(1 for t in tests if t.outcome == "skipped")
    collected = report.collected
    failures = [failure_from_test(t) for t in tests if t.failed]
    if failures:
        verdict = verdict_of(failures[0].kind)
        return verdict, smallest_evidence(verdict, failures), passed, collected
    if collected == 0:
        return (Verdict.JUDGE_ERROR,
                Failure(Kind.JUDGE_ERROR, "the problem's hidden tests collected no test"), 0, 0)
    if passed + skipped < collected:
        return (Verdict.JUDGE_ERROR,
                Failure(Kind.JUDGE_ERROR, f"only {passed} of {collected} hidden tests reported"),
                passed, collected)
    return Verdict.ACCEPTED, None, passed, collected


def summarize(verdict: Verdict, failure: Failure | None, passed: int, total: int) -> str:
    """One line for the verdict."""
    if verdict is Verdict.ACCEPTED:
        return f"all {total} hidden tests passed"
    if failure is None:
        return str(verdict)
    if failure.kind is Kind.NOT_IMPLEMENTED:
        return "not implemented yet: write your solution in the file, then check again"
    return failure.reason


def speed_verdict(report: SpeedReport) -> tuple[Verdict, Failure | None]:
    """A correct submission's verdict from its speed report. Pure."""
    if report.failure:
        kind = Kind(report.failure["kind"])
        return verdict_of(kind), Failure(kind, str(report.failure["reason"]),
                                         test="speed", property="The speed runs")
    if report.too_slow:
        return Verdict.TOO_SLOW, Failure(Kind.TOO_SLOW, report.too_slow, test="speed",
                                         property="Speed against the reference")
    return Verdict.ACCEPTED, None
