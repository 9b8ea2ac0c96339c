"""Shared fixtures for the judge's own tests."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.grading.runner import check
from judge.grading.verdicts import CheckResult
from judge.isolation.client import descendants as all_descendants
from judge.packages.format import Problem, find_problem
from judge.packages.verify import VerifyReport

ROOT = Path(__file__).resolve().parent.parent
PROBLEMS = ROOT / "problems"
HOSTILE = Path(__file__).resolve().parent / "hostile"


def descendants(pid: int) -> list[int]:
    """The processes below ``pid`` that a check could have left: all of them but
    multiprocessing's resource tracker, which `judge grade`'s process pool starts
    once in the test process and which lives as long as it does."""
    return [child for child in all_descendants(pid) if not _is_resource_tracker(child)]


def _is_resource_tracker(pid: int) -> bool:
    try:
        return b"multiprocessing.resource_tracker" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


@pytest.fixture(scope="session", autouse=True)
def _private_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Grading services the tests start (verify starts one) live in a private runtime
    folder, and are stopped when the session ends: nothing outlives the tests."""
    from judge.grading import service

    previous = os.environ.get(service.ENV_RUNTIME)
    os.environ[service.ENV_RUNTIME] = str(tmp_path_factory.mktemp("runtime"))
    try:
        yield
    finally:
        service.stop_all()
        if previous is None:
            del os.environ[service.ENV_RUNTIME]
        else:
            os.environ[service.ENV_RUNTIME] = previous


@pytest.fixture(autouse=True)
def _no_zygote_outlives_its_test() -> Iterator[None]:
    """A test that starts workers itself (not through a check) starts this process's
    zygotes; they end with the test, so no test sees another's processes."""
    from judge.isolation.client import ZYGOTES

    yield
    ZYGOTES.close()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes into the real submissions/ folder, or the real history."""
    monkeypatch.setenv("JUDGE_SUBMISSIONS", str(tmp_path_factory.mktemp("submissions")))
    monkeypatch.setenv("JUDGE_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("JUDGE_HISTORY", raising=False)


@pytest.fixture(scope="session")
def small_problems(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the problems whose speed sizes are the small verify sizes, for CLI
    tests that run `judge check` as a user would without minutes of timing."""
    root = tmp_path_factory.mktemp("problems")
    for folder in PROBLEMS.iterdir():
        if (folder / "problem.toml").is_file():
            shutil.copytree(folder, root / folder.name)
            toml = root / folder.name / "problem.toml"
            toml.write_text(re.sub(r"(?m)^sizes = .*$", _verify_sizes(toml.read_text()),
                                   toml.read_text()))
    return root


def _verify_sizes(text: str) -> str:
    found = re.search(r"(?m)^verify_sizes = (.*)$", text)
    return f"sizes = {found.group(1)}" if found else ""


def problem(slug: str) -> Problem:
    return find_problem(PROBLEMS, slug)


def grade(slug: str, source: str | Path, tmp_path: Path, alone: bool = True,
          verify_mode: bool = False) -> CheckResult:
    """Grade source text (or a file) for a problem, checking the file is left untouched."""
    if isinstance(source, Path):
        path = source
    else:
        path = tmp_path / "submission.py"
        path.write_text(source)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = check(problem(slug), path, verify_mode=verify_mode)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "the judge changed the file"
    if alone:  # with checks running in parallel, the caller looks once they are all done
        assert descendants(os.getpid()) == [], "a process of the check was left running"
    return result


@pytest.fixture(scope="session")
def planted_report() -> VerifyReport:
    """Every package verified once per session (every planted file graded, in
    parallel): test_packages checks the verdicts, test_messages their reports."""
    from judge.packages.format import all_problems
    from judge.packages.verify import verify

    return verify(all_problems(PROBLEMS), jobs=2)
