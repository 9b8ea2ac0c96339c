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


# A package written with the authoring API: examples from the statement, the
# return type from the stub, tolerances from [compare], tables of cases.
SCALE_TOML = TOML.replace('"Double"', '"Scale"').replace('"double"', '"scale"') + """
[compare]
order = "exact"
rel = 1e-6
abs = 0
"""
SCALE_STATEMENT = """Scale it by 1.5; a negative x raises ValueError.

```python
>>> scale(2)
3.0
>>> scale(21)
31.5
```
"""
SCALE_TESTS = '''
from hypothesis import strategies as st
from judge.testing import Call, agree, agrees, cases, raising

def explain(x):
    return f"1.5 * {x!r} is {1.5 * x!r}"

def check_example(solution, reference, *args):
    agree(solution, reference, *args, explain=explain)

test_edge_case = cases("Zero and a big number.", {"zero": (0.0,), "big": Call(x=1e300)})
test_negative_raises = raising("A negative x raises ValueError.", {"x = -1": (-1.0,)})
test_matches_reference = agrees("Scales any number.", x=st.floats(0, 1000))
'''


def run_scale(pytester: pytest.Pytester, submission: str) -> tuple[pytest.RunResult, Report]:
    folder, sub = make_problem(pytester.path, submission)
    folder = folder.rename(folder.with_name("scale"))
    (folder / "problem.toml").write_text(SCALE_TOML)
    (folder / "statement.md").write_text(SCALE_STATEMENT)
    (folder / "stub.py").write_text("def scale(x: float) -> float:\n"
                                    "    raise NotImplementedError\n")
    (folder / "reference.py").write_text(
        "def scale(x):\n    if x < 0:\n        raise ValueError(x)\n    return 1.5 * x\n")
    (folder / "tests" / "test_double.py").unlink()
    (folder / "tests" / "test_scale.py").write_text(SCALE_TESTS)
    report = pytester.path / "report.json"
    result = pytester.runpytest_subprocess(
        str(folder / "tests"), "-p", "judge.grading.plugin", "--judge-problem", str(folder),
        "--judge-submission", str(sub), "--judge-report", str(report),
        "--judge-workdir", str(pytester.path / "work"), "-p", "no:cacheprovider")
    return result, Report.from_json(report.read_text())


CORRECT_SCALE = "def scale(x):\n    if x < 0:\n        raise ValueError\n    return x * 3 / 2\n"


def test_the_statement_examples_and_tables_are_test_items(pytester: pytest.Pytester) -> None:
    result, report = run_scale(pytester, CORRECT_SCALE)
    result.assert_outcomes(passed=6)
    assert [t.name for t in report.tests] == [
        "test_statement_example[example1]", "test_statement_example[example2]",
        "test_edge_case[zero]", "test_edge_case[big]", "test_negative_raises[x = -1]",
        "test_matches_reference"]
    assert report.tests[0].doc == "The examples in the statement."
    assert report.tests[2].doc == "Zero and a big number."


def test_an_example_is_checked_by_the_packages_check(pytester: pytest.Pytester) -> None:
    """Wrong only at the second example: its item fails, with the explain= text."""
    _, report = run_scale(pytester, CORRECT_SCALE.replace("return", "return 0 if x == 21 else"))
    failed = [t for t in report.tests if t.outcome == "failed"]
    assert failed[0].name == "test_statement_example[example2]"
    assert failed[0].details is not None
    assert "1.5 * 21 is 31.5" in failed[0].details["reason"]
    assert failed[0].details["call"] == "scale(21)"


def test_the_return_type_comes_from_the_stub(pytester: pytest.Pytester) -> None:
    _, report = run_scale(pytester, "def scale(x):\n    return str(1.5 * x)\n")
    failed = [t for t in report.tests if t.outcome == "failed"]
    assert failed[0].details is not None
    assert "wrong return type" in failed[0].details["reason"]
    assert "expected float" in failed[0].details["reason"]


@pytest.mark.parametrize("error, passes", [(1e-7, True), (1e-5, False)])
def test_the_tolerance_comes_from_the_compare_table(pytester: pytest.Pytester, error: float,
                                                    passes: bool) -> None:
    """[compare] rel = 1e-6: an error of 1e-7 relative passes, 1e-5 does not."""
    _, report = run_scale(pytester, CORRECT_SCALE.replace("x * 3 / 2", f"x * 1.5 * (1 + {error})"))
    failed = [t for t in report.tests if t.outcome == "failed"]
    assert not failed if passes else "tolerance rel 1e-06" in (failed[0].details or {})["reason"]


def test_a_raising_case_names_its_reason(pytester: pytest.Pytester) -> None:
    _, report = run_scale(pytester, "def scale(x):\n    return 1.5 * x\n")
    failed = [t for t in report.tests if t.outcome == "failed"]
    assert failed[0].name == "test_negative_raises[x = -1]"
    assert (failed[0].details or {})["reason"].startswith("x = -1 should raise ValueError")


def test_an_agrees_property_reports_the_shrunk_input(pytester: pytest.Pytester) -> None:
    wrong = CORRECT_SCALE.replace("return", "return 0 if 100 <= x < 1e200 else")
    _, report = run_scale(pytester, wrong)
    failed = [t for t in report.tests if t.outcome == "failed"]
    assert [t.name for t in failed] == ["test_matches_reference"]
    assert failed[0].input == "x=100.0" and failed[0].doc == "Scales any number."


def test_a_failure_of_the_submission_gets_a_one_line_report(pytester: pytest.Pytester
                                                            ) -> None:
    """pytest's own report of a failed test parses the source of every frame (a
    third of a Wrong Answer's check); the record holds the evidence, so a test the
    submission failed is reported in one line, and a Judge Error keeps the whole."""
    result, report = run(pytester, "def double(x):\n    return 2 * x if x < 7 else 0\n")
    failures = result.stdout.str().split("= FAILURES =")[1]
    assert "WrongAnswer: " in failures
    assert "def test_doubles" not in failures  # no source listing
    failed = [t for t in report.tests if t.outcome == "failed"]
    assert failed[0].kind is Kind.WRONG_ANSWER and failed[0].input == "x=7"


def test_a_judge_error_keeps_pytests_whole_report(pytester: pytest.Pytester) -> None:
    folder, sub = make_problem(pytester.path, "def double(x):\n    return x + x\n")
    (folder / "tests" / "test_double.py").write_text(
        TESTS + "\ndef test_broken(solution):\n    raise KeyError('harness bug')\n")
    report_path = pytester.path / "report.json"
    pytester.runpytest_subprocess(
        str(folder / "tests"), "-p", "judge.grading.plugin", "--judge-problem", str(folder),
        "--judge-submission", str(sub), "--judge-report", str(report_path),
        "--judge-workdir", str(pytester.path / "work"), "-p", "no:cacheprovider")
    report = Report.from_json(report_path.read_text())
    (broken,) = [t for t in report.tests if t.outcome == "failed"]
    assert broken.kind is Kind.JUDGE_ERROR
    assert "raise KeyError('harness bug')" in broken.longrepr  # the source, as pytest shows it
