"""The raw-outcome-to-verdict functions, on their own."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from judge.grading.outcomes import CompileFailure, Kind, SubmissionRaised, TimeLimit, WrongAnswer
from judge.grading.plugin import classify
from judge.grading.report import MalformedReport, Report, TestRecord
from judge.grading.verdicts import (
    Failure,
    Verdict,
    decide,
    smallest_evidence,
    summarize,
    verdict_of,
)


def test_slugs_round_trip_and_match_planted_folders() -> None:
    from judge.packages.format import VERDICT_DIRS

    for verdict in Verdict:
        assert Verdict.from_slug(verdict.slug) is verdict
    assert {v.slug for v in Verdict} - {"judge_error"} == set(VERDICT_DIRS)


@pytest.mark.parametrize("kind, verdict", [
    ("wrong_answer", Verdict.WRONG_ANSWER), ("not_implemented", Verdict.RUNTIME_ERROR),
    ("time_limit", Verdict.TIME_LIMIT_EXCEEDED), ("compile_error", Verdict.COMPILATION_ERROR),
    ("memory_limit", Verdict.MEMORY_LIMIT_EXCEEDED), ("nonsense", Verdict.JUDGE_ERROR),
])
def test_verdict_of(kind: str, verdict: Verdict) -> None:
    assert verdict_of(kind) is verdict


def test_classify_outcomes() -> None:
    assert classify(WrongAnswer("no", call="f(1)"))[0] == "wrong_answer"
    assert classify(AssertionError("plain assert"))[0] == "wrong_answer"
    assert classify(TimeLimit("slow"))[0] == "time_limit"
    assert classify(CompileFailure("bad", 3))[1]["line"] == 3
    assert classify(SubmissionRaised(None, "KeyError", ("KeyError",), "'x'", (), ""))[0] == (
        "runtime_error")
    kind, details = classify(NameError("bug in a hidden test"))
    assert kind == "judge_error" and "NameError" in details["reason"]


def test_classify_finds_the_outcome_inside_a_group() -> None:
    group = ExceptionGroup("two", [ValueError("x"), WrongAnswer("inner")])
    assert classify(group) == ("wrong_answer", WrongAnswer("inner").details())


def _test(name: str, outcome: str, kind: Kind | None = None, call: str | None = None
          ) -> TestRecord:
    return TestRecord(nodeid=f"tests/test_x.py::{name}", name=name, doc=name,
                      outcome=outcome, kind=kind,
                      details={"reason": f"{name} failed", "call": call} if kind else None)


_FAILED = {"nodeid": "t::f", "name": "f", "doc": "", "outcome": "failed",
           "kind": "wrong_answer", "details": {"reason": "no"}, "input": None, "longrepr": ""}


def _report(collected: int, *tests: TestRecord) -> Report:
    return Report(exitstatus=0, collected=collected, tests=tests)


def test_decide_first_failure_decides_and_smallest_call_is_evidence() -> None:
    report = _report(4,
        _test("a", "passed"),
        _test("example", "failed", Kind.WRONG_ANSWER, "f([1, 2, 3, 4])"),
        _test("property", "failed", Kind.WRONG_ANSWER, "f([1])"),
        _test("other", "failed", Kind.RUNTIME_ERROR, "f([])"),
    )
    verdict, failure, passed, total = decide(report)
    assert verdict is Verdict.WRONG_ANSWER
    assert failure is not None and failure.call == "f([1])"
    assert (passed, total) == (1, 4)


def test_decide_all_passed_is_accepted_but_nothing_collected_is_judge_error() -> None:
    tests = [_test("a", "passed"), _test("b", "passed")]
    assert decide(_report(2, *tests))[0] is Verdict.ACCEPTED
    assert decide(_report(0))[0] is Verdict.JUDGE_ERROR
    assert decide(_report(3, *tests))[0] is Verdict.JUDGE_ERROR


def test_a_report_crosses_as_json_unchanged() -> None:
    report = _report(3, _test("a", "passed"), _test("b", "skipped"),
                     _test("c", "failed", Kind.TIME_LIMIT, "f(10**9)"))
    back = Report.from_json(report.to_json())
    assert back == report
    assert back.tests[2].kind is Kind.TIME_LIMIT
    assert decide(back) == decide(report)


@pytest.mark.parametrize("change, problem", [
    ({"version": 99}, "version 99"),
    ({"version": None}, "version None"),
    ({"tests": "all"}, "'tests' is not a list"),
    ({"collected": "2"}, "'collected'"),
    ({"tests": [{"outcome": "failed", "kind": "wrong_answer"}]}, "'nodeid'"),
    ({"tests": [dict(_FAILED, kind="exploded")]}, "unknown kind 'exploded'"),
    ({"tests": [dict(_FAILED, kind=None)]}, "a failed test with kind None"),
    ({"tests": [dict(_FAILED, outcome="passed")]}, "a passed test with kind"),
    ({"tests": [dict(_FAILED, outcome="maybe")]}, "outcome 'maybe'"),
    ({"tests": [dict(_FAILED, details=[1])]}, "details are not an object"),
], ids=lambda v: str(v)[:40] if isinstance(v, dict) else None)
def test_a_malformed_report_is_refused(change: dict[str, Any], problem: str) -> None:
    """The loader turns MalformedReport into a Judge Error; it never guesses."""
    data = {**json.loads(_report(1, _test("a", "passed")).to_json()), **change}
    with pytest.raises(MalformedReport, match=re.escape(problem)):
        Report.from_json(json.dumps(data))
    with pytest.raises(MalformedReport, match="not JSON"):
        Report.from_json(b"{\"version\": 1, ")


def test_smallest_evidence_keeps_the_verdict() -> None:
    failures = [Failure("wrong_answer", "a", call="f(1, 2)"),
                Failure("runtime_error", "b", call="f()"), Failure("wrong_answer", "c")]
    assert smallest_evidence(Verdict.WRONG_ANSWER, failures).reason == "a"


def test_summary_of_a_stub_says_not_implemented() -> None:
    text = summarize(Verdict.RUNTIME_ERROR, Failure("not_implemented", "x"), 0, 5)
    assert text.startswith("not implemented yet")
    assert summarize(Verdict.ACCEPTED, None, 5, 5) == "all 5 hidden tests passed"


def test_a_call_too_large_to_show_is_never_the_evidence_over_a_shown_one() -> None:
    """Its placeholder is shorter than many small calls, but it ranks as big: the one
    place that keeps a big input's failure from hiding a small counterexample."""
    from judge.grading.outcomes import Call

    big = Call("f", (list(range(10_000)),), {}).code()
    small = "f([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3])"
    assert len(big) < len(small)
    failures = [Failure(Kind.WRONG_ANSWER, "big", call=big),
                Failure(Kind.WRONG_ANSWER, "small", call=small)]
    assert smallest_evidence(Verdict.WRONG_ANSWER, failures).reason == "small"
