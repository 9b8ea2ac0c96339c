"""Verification of problem packages, the way Kattis' verifier checks its packages.

For each package: the reference is Accepted, the stub is not, every file under
``planted/<verdict>/`` gets exactly that verdict, and every ``>>>`` example of
the statement agrees with the reference. Checks are independent processes, so
they run in parallel (``jobs``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.errors import JudgeError
from judge.grading import service
from judge.grading.runner import check
from judge.grading.verdicts import CheckResult, Verdict
from judge.packages.format import VERDICT_DIRS, Problem, load_reference, load_reference_names
from judge.packages.scaffold import PLACEHOLDER, placeholders

NOT_ACCEPTED = "not accepted"


@dataclass(frozen=True)
class VerifyItem:
    """One graded file and the verdict it had to get."""

    problem: str
    file: str
    expected: str  # a verdict slug, or NOT_ACCEPTED for the stub
    result: CheckResult

    @property
    def ok(self) -> bool:
        if self.expected == NOT_ACCEPTED:
            return not self.result.accepted and self.result.verdict is not Verdict.JUDGE_ERROR
        return self.result.verdict.slug == self.expected

    def __str__(self) -> str:
        mark = "ok" if self.ok else "FAIL"
        return f"{mark} {self.problem}/{self.file}: expected {self.expected}, got {self.result}"


@dataclass(frozen=True)
class VerifyReport:
    items: tuple[VerifyItem, ...]
    package_errors: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.package_errors and all(item.ok for item in self.items)

    def __str__(self) -> str:
        bad = sum(not item.ok for item in self.items) + len(self.package_errors)
        return f"{len(self.items)} files graded, {bad} problems found"


def expected_verdicts(problem: Problem) -> list[tuple[Path, str]]:
    """(file, expected verdict slug) for the reference, the stub and each planted file."""
    files: list[tuple[Path, str]] = [(problem.reference, "accepted"), (problem.stub, NOT_ACCEPTED)]
    if problem.planted.is_dir():
        for folder in sorted(problem.planted.iterdir()):
            if folder.is_dir():
                files += [(path, folder.name) for path in sorted(folder.glob("*.py"))]
    return files


def package_errors(problem: Problem) -> list[str]:
    """Static checks: no placeholder of `judge new` is left; planted folders are
    verdict names; statement examples hold (checked once nothing is left to fill)."""
    errors = placeholder_errors(problem)
    if problem.planted.is_dir():
        for folder in sorted(problem.planted.iterdir()):
            if folder.is_dir() and folder.name not in VERDICT_DIRS:
                errors.append(f"{folder}: not a verdict folder (one of {', '.join(VERDICT_DIRS)})")
    if not has_placeholders(problem):
        errors += example_errors(problem)
    return errors


def placeholder_errors(problem: Problem) -> list[str]:
    """One line per file that still carries a `judge new` placeholder, with its lines."""
    errors = []
    for path, lines in placeholders(problem.path).items():
        where = ", ".join(map(str, lines[:8])) + (", ..." if len(lines) > 8 else "")
        errors.append(f"{_shown(path)}: fill in {PLACEHOLDER}"
                      f" (line{'s' if len(lines) > 1 else ''} {where})")
    return errors


def has_placeholders(problem: Problem) -> bool:
    return bool(placeholders(problem.path))


def _shown(path: Path) -> str:
    """A path relative to the current folder when it is below it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def example_errors(problem: Problem) -> list[str]:
    """Each statement example's printed answer must be what the reference returns."""
    if problem.kind == "class":
        return session_errors(problem)
    try:
        from judge.testing import statement_examples

        examples = statement_examples(problem.statement, problem.entry)
        reference = load_reference(problem, "verify_reference")
    except Exception as exc:
        return [f"{problem.statement}: examples cannot be read or run ({exc})"]
    if not examples:
        return [f"{problem.statement}: no '>>> {problem.entry}(...)' examples"]
    errors = []
    for example in examples:
        try:
            got = reference(*example.args, **example.kwargs)
            want = example.expected
        except Exception as exc:
            errors.append(f"{problem.statement}: {example} ({example.source}) fails: {exc!r}")
            continue
        if isinstance(got, float) and isinstance(want, float) and math.isnan(want):
            continue
        from judge.testing import first_difference

        diff = first_difference(_plain(got), want)
        if diff:
            errors.append(f"{problem.statement}: {example} `{example.source}` shows {example.want}"
                          f" but the reference returns {got!r} ({diff})")
    return errors


def session_errors(problem: Problem) -> list[str]:
    """A class problem's statement shows a ``>>>`` session: run it with doctest."""
    import doctest

    text = problem.statement.read_text(encoding="utf-8").replace("```python", "").replace(
        "```", "")
    try:
        names = load_reference_names(problem, "verify_reference")
    except Exception as exc:
        return [f"{problem.reference}: cannot be loaded ({exc})"]
    test = doctest.DocTestParser().get_doctest(text, dict(names),
                                               problem.slug, str(problem.statement), 0)
    if not test.examples:
        return [f"{problem.statement}: no '>>>' session showing {problem.entry}"]
    output: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=output.append)
    if runner.failures:
        return [f"{problem.statement}: {runner.failures} example line(s) disagree with the"
                f" reference:\n{''.join(output)[-2000:]}"]
    return []


def _plain(value: Any) -> Any:
    from judge.isolation.wire import to_plain

    return to_plain(value)


def verify(problems: Iterable[Problem], jobs: int = 2,
           progress: Callable[[VerifyItem], None] | None = None) -> VerifyReport:
    problems = list(problems)
    errors: list[str] = []
    for problem in problems:
        errors += package_errors(problem)
    # A package with placeholders left is not graded: its list of what to fill says all.
    work = [(problem, path, expected) for problem in problems if not has_placeholders(problem)
            for path, expected in expected_verdicts(problem)]
    for root in {problem.path.parent for problem in problems}:
        service.ensure(root)  # every check a fork of a warm loader, not a cold start

    def grade(job: tuple[Problem, Path, str]) -> VerifyItem:
        problem, path, expected = job
        try:
            result = check(problem, path, verify_mode=True, recheck_after=jobs > 1)
        except JudgeError as exc:
            result = CheckResult(problem.slug, str(path), Verdict.JUDGE_ERROR, str(exc))
        item = VerifyItem(problem.slug, str(path.relative_to(problem.path)), expected, result)
        if progress:
            progress(item)
        return item

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        items = tuple(pool.map(grade, work))
    return VerifyReport(items, tuple(errors))
