"""Hostile and broken submissions: each gets its verdict, the judge keeps working.

Every hostile file is bounded (a memory bomb stops at 4 GiB, a flood at 200 MB)
so that a broken judge cannot take the machine down with it.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import pytest

from judge.verdicts import CheckResult, Verdict

from .conftest import HOSTILE, PROBLEMS, descendants, grade

EXPECTED = {
    "infinite_loop": Verdict.TIME_LIMIT_EXCEEDED,
    "c_level_hang": Verdict.TIME_LIMIT_EXCEEDED,
    "memory_bomb": Verdict.MEMORY_LIMIT_EXCEEDED,
    "os_exit": Verdict.RUNTIME_ERROR,
    "sys_exit": Verdict.RUNTIME_ERROR,
    "keyboard_interrupt": Verdict.RUNTIME_ERROR,
    "print_flood": Verdict.WRONG_ANSWER,
    "raw_fd_flood": Verdict.RUNTIME_ERROR,
    "deep_recursion": Verdict.RUNTIME_ERROR,
    "syntax_error": Verdict.COMPILATION_ERROR,
    "missing_function": Verdict.COMPILATION_ERROR,
    "wrong_kind": Verdict.COMPILATION_ERROR,
    "import_error": Verdict.COMPILATION_ERROR,
    "crash_on_import": Verdict.RUNTIME_ERROR,
    "segfault": Verdict.RUNTIME_ERROR,
    "input_call": Verdict.RUNTIME_ERROR,
}


@pytest.fixture(scope="session")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CheckResult]:
    """Each hostile file graded once, two at a time; then the reference, to show
    the judge still works after all of them."""
    tmp = tmp_path_factory.mktemp("hostile")
    names = sorted(EXPECTED)
    with ThreadPoolExecutor(max_workers=2) as pool:
        graded = dict(zip(names, pool.map(
            lambda n: grade("most_played_track", HOSTILE / f"{n}.py", tmp, alone=False), names),
            strict=True))
    assert descendants(os.getpid()) == [], "a process of a hostile check was left running"
    graded["reference"] = grade("most_played_track", PROBLEMS / "most_played_track"
                                / "reference.py", tmp)
    return graded


def test_every_hostile_file_has_an_expectation() -> None:
    assert sorted(p.stem for p in HOSTILE.glob("*.py")) == sorted(EXPECTED)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_submission_gets_its_verdict(results: dict[str, CheckResult], name: str) -> None:
    result = results[name]
    assert result.verdict is EXPECTED[name], result.failure
    assert result.failure is not None and result.failure.reason
    assert "Traceback (most recent call last)" not in result.summary


@pytest.mark.slow
def test_evidence_names_the_cause(results: dict[str, CheckResult]) -> None:
    hang = results["infinite_loop"].failure
    assert hang and hang.call and hang.call.startswith("most_played_track(")
    syntax = results["syntax_error"].failure
    assert syntax and syntax.line == 4
    flood = results["print_flood"].failure
    assert flood and "characters in all, the rest cut" in flood.output
    assert len(flood.output) < 5000
    crash = results["segfault"].failure
    assert crash and "SIGSEGV" in crash.reason
    exited = results["os_exit"].failure
    assert exited and "exit code 0" in exited.reason
    recursion = results["deep_recursion"].failure
    assert recursion and recursion.traceback
    assert all(line.startswith("line ") for line in recursion.traceback)
    memory = results["memory_bomb"].failure
    assert memory and "memory" in memory.reason


@pytest.mark.slow
def test_judge_still_works_after_hostile_runs(results: dict[str, CheckResult]) -> None:
    assert results["reference"].verdict is Verdict.ACCEPTED
