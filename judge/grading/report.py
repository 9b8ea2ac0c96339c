"""The report of one grading run: typed, frozen, and JSON on the wire.

The plugin's :class:`judge.grading.plugin.Recorder` writes one
:class:`TestRecord` per test (and one per test file that failed to load); a
grading child sends the :class:`Report` to the check child as JSON
(:meth:`Report.to_json`), and the check child reads it back with
:meth:`Report.from_json`, which validates every field: a report that is not
exactly this shape is the judge's fault (Judge Error), never the submission's.
:func:`judge.grading.verdicts.decide` turns a Report into a verdict.

Format (version 1)::

    {"version": 1, "exitstatus": 1, "collected": 7, "confinement": "landlock-7+netns",
     "tests": [{"nodeid", "name", "doc", "outcome": "passed" | "failed" | "skipped",
                "kind": null | "wrong_answer" | ..., "details": null | {...},
                "input": null | "x=7", "longrepr": ""}]}
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from judge.grading.outcomes import Kind

REPORT_VERSION = 1
OUTCOMES = ("passed", "failed", "skipped")


class MalformedReport(ValueError):
    """A grading run's report is not the documented shape (a Judge Error)."""


@dataclass(frozen=True)
class TestRecord:
    """One test's raw outcome and, when it failed, its evidence."""

    __test__ = False  # not a pytest test class, whatever its name

    nodeid: str
    name: str
    doc: str  # the first line of the test's docstring: the property in words
    outcome: str  # "passed" | "failed" | "skipped"
    kind: Kind | None = None  # set when failed
    details: dict[str, Any] | None = None  # the outcome's evidence (reason, call, ...)
    input: str | None = None  # Hypothesis' minimal example, without the fixtures
    longrepr: str = ""  # pytest's report, kept for a judge error only

    @property
    def failed(self) -> bool:
        return self.outcome == "failed"

    def __str__(self) -> str:
        return f"{self.name}: {self.outcome}" + (f" ({self.kind})" if self.kind else "")


@dataclass(frozen=True)
class Report:
    """What one grading run found, in the order the tests ran."""

    exitstatus: int
    collected: int
    tests: tuple[TestRecord, ...]
    confinement: str = "unknown"  # how the worker was confined (judge.isolation.confine)
    version: int = REPORT_VERSION

    def __str__(self) -> str:
        failed = sum(1 for t in self.tests if t.failed)
        return f"{len(self.tests)} of {self.collected} tests ran, {failed} failed"

    def to_json(self) -> str:
        # default=str: evidence may hold a value json cannot take; it is shown as text
        return json.dumps(asdict(self), default=str)

    @classmethod
    def from_json(cls, text: str | bytes) -> Report:
        """The report, validated; :class:`MalformedReport` says what is wrong."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise MalformedReport(f"not JSON ({exc})") from None
        if not isinstance(data, dict):
            raise MalformedReport("not a JSON object")
        if data.get("version") != REPORT_VERSION:
            raise MalformedReport(f"version {data.get('version')!r}, expected {REPORT_VERSION}")
        tests = data.get("tests")
        if not isinstance(tests, list):
            raise MalformedReport("'tests' is not a list")
        return cls(exitstatus=_int(data, "exitstatus"), collected=_int(data, "collected"),
                   tests=tuple(_record(t, i) for i, t in enumerate(tests)),
                   confinement=_str(data, "confinement"))


def _int(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    if type(value) is not int:
        raise MalformedReport(f"{key!r} is {value!r}, not an int")
    return value


def _str(data: dict[str, Any], key: str, where: str = "") -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise MalformedReport(f"{where}{key!r} is {value!r}, not a string")
    return value


def _record(data: Any, index: int) -> TestRecord:
    where = f"tests[{index}]: "
    if not isinstance(data, dict):
        raise MalformedReport(f"{where}not an object")
    outcome = _str(data, "outcome", where)
    if outcome not in OUTCOMES:
        raise MalformedReport(f"{where}outcome {outcome!r}")
    kind_name, details, found = data.get("kind"), data.get("details"), data.get("input")
    if (kind_name is None) != (outcome != "failed"):
        raise MalformedReport(f"{where}a {outcome} test with kind {kind_name!r}")
    try:
        kind = None if kind_name is None else Kind(kind_name)
    except ValueError:
        raise MalformedReport(f"{where}unknown kind {kind_name!r}") from None
    if details is not None and not isinstance(details, dict):
        raise MalformedReport(f"{where}details are not an object")
    if found is not None and not isinstance(found, str):
        raise MalformedReport(f"{where}input is not a string")
    return TestRecord(nodeid=_str(data, "nodeid", where), name=_str(data, "name", where),
                      doc=_str(data, "doc", where), outcome=outcome, kind=kind,
                      details=details, input=found, longrepr=_str(data, "longrepr", where))
