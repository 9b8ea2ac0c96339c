"""Golden planted directories: every problem package verifies, file by file.

Like Kattis' verifier: the reference is Accepted, the stub is not, every file
under planted/<verdict>/ gets exactly that verdict, and the statement's
examples agree with the reference. The checks run in parallel, once.
"""

from __future__ import annotations

import pytest

from judge.packages.format import all_problems
from judge.packages.verify import (
    VerifyReport,
    example_errors,
    expected_verdicts,
    package_errors,
)

from .conftest import PROBLEMS

PROBLEM_LIST = all_problems(PROBLEMS)
CASES = [(p.slug, str(path.relative_to(p.path)), expected)
         for p in PROBLEM_LIST for path, expected in expected_verdicts(p)]


@pytest.fixture(scope="session")
def report(planted_report: VerifyReport) -> VerifyReport:
    return planted_report


@pytest.mark.slow
@pytest.mark.parametrize("slug, file, expected", CASES, ids=[f"{s}/{f}" for s, f, _ in CASES])
def test_planted_file_gets_its_verdict(report: VerifyReport, slug: str, file: str,
                                       expected: str) -> None:
    (item,) = [i for i in report.items if i.problem == slug and i.file == file]
    failure = item.result.failure
    # a Judge Error carries the harness's traceback in its log: show it
    assert item.ok, f"{item}\n{failure}\n{failure.log if failure else ''}"


@pytest.mark.parametrize("problem", PROBLEM_LIST, ids=lambda p: p.slug)
def test_statement_examples_agree_with_the_reference(problem) -> None:  # type: ignore[no-untyped-def]
    assert example_errors(problem) == []
    assert package_errors(problem) == []
