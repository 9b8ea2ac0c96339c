"""judge.grading.plugin in a real pytest subprocess, on a throwaway problem package."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.grading.outcomes import Kind
from judge.grading.plugin import NONDETERMINISTIC
from judge.grading.report import Report

TOML = """title = "Double"
difficulty = "easy"
set = "A"
tags = ["demo"]
entry = "double"
kind = "function"

[tests]
max_examples = 50
"""
TESTS = '''
from hypothesis import given, strategies as st
from judge.testing import agree

def test_example(solution, reference):
    """Doubles 2."""
    agree(solution, reference, 2, returns=int)

@given(x=st.integers(0, 1000))
def test_doubles(solution, reference, x):
    """Doubles any number."""
    agree(solution, reference, x, returns=int)
'''


def make_problem(root: Path, submission: str) -> tuple[Path, Path]:
    folder = root / "double"
    (folder / "tests").mkdir(parents=True)
    (folder / "problem.toml").write_text(TOML)
    (folder / "statement.md").write_text("Double it.\n")
    (folder / "stub.py").write_text("def double(x):\n    raise NotImplementedError\n")
    (folder / "reference.py").write_text("def double(x):\n    return 2 * x\n")
    (folder / "tests" / "test_double.py").write_text(TESTS)
    sub = root / "submission.py"
    sub.write_text(submission)
    return folder, sub


def run(pytester: pytest.Pytester, submission: str) -> tuple[pytest.RunResult, Report]:
    folder, sub = make_problem(pytester.path, submission)
    report = pytester.path / "report.json"
    result = pytester.runpytest_subprocess(
        str(folder / "tests"), "-p", "judge.grading.plugin", "--judge-problem", str(folder),
        "--judge-submission", str(sub), "--judge-report", str(report),
        "--judge-workdir", str(pytester.path / "work"), "-p", "no:cacheprovider")
    return result, Report.from_json(report.read_text())  # validated: the shape is right


def test_a_correct_submission_passes_every_test(pytester: pytest.Pytester) -> None:
    result, report = run(pytester, "def double(x):\n    return x + x\n")
    result.assert_outcomes(passed=2)
    assert [t.outcome for t in report.tests] == ["passed", "passed"]
    assert [t.kind for t in report.tests] == [None, None]
    assert report.collected == 2


def test_a_wrong_submission_reports_the_shrunk_input(pytester: pytest.Pytester) -> None:
    _, report = run(pytester, "def double(x):\n    return 2 * x if x < 7 else 0\n")
    failed = [t for t in report.tests if t.outcome == "failed"]
    assert failed[0].kind is Kind.WRONG_ANSWER
    assert failed[0].input == "x=7"
    assert failed[0].details is not None and failed[0].details["call"] == "double(7)"
    assert failed[0].doc == "Doubles any number."


def test_a_stub_stops_the_run_at_once(pytester: pytest.Pytester) -> None:
    _, report = run(pytester, "def double(x):\n    raise NotImplementedError\n")
    assert [t.kind for t in report.tests] == [Kind.NOT_IMPLEMENTED]


def test_a_compile_error_is_reported_from_setup(pytester: pytest.Pytester) -> None:
    _, report = run(pytester, "def double(x)\n    return x\n")
    assert report.tests[0].kind is Kind.COMPILE_ERROR
    assert report.tests[0].details is not None and report.tests[0].details["line"] == 1


def test_nondeterminism_is_named(pytester: pytest.Pytester) -> None:
    # wrong on every other call with a big x: the same input gets two answers
    source = ("calls = [0]\n"
              "def double(x):\n    calls[0] += 1\n"
              "    return 2 * x + calls[0] % 2 if x > 500 else 2 * x\n")
    _, report = run(pytester, source)
    failed = [t for t in report.tests if t.outcome == "failed"]
    assert failed and failed[0].kind is Kind.WRONG_ANSWER
    reasons = {(t.details or {})["reason"] for t in failed}
    assert NONDETERMINISTIC in reasons or any("result is" in r for r in reasons)


def test_the_plugin_is_inert_without_its_options(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_plain():\n    assert 1 + 1 == 2\n")
    result = pytester.runpytest_subprocess("-p", "judge.grading.plugin")
    result.assert_outcomes(passed=1)
