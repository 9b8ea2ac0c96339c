"""One check: grade a submission file against a problem, in a child process.

    judge process (this)            grading process (pytest)        worker
    --------------------            ------------------------        ------
    snapshot the submission  --->   hidden tests + judge.grading.plugin ---> submission
    wait, watchdog                  compares in its own process      runs calls
    read report.json  <-----------  writes report.json
    decide() -> CheckResult

The submission file is copied into a private run folder first, so the check
grades exactly what was saved when it started and nothing can touch the
user's file. Every process of a run is in one process group, killed at the end
(also on Ctrl-C).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from judge.errors import SubmissionNotFound
from judge.grading.verdicts import CheckResult, Failure, Verdict, decide, summarize, verdict_of
from judge.isolation.client import kill_strays
from judge.packages.format import Problem
from judge.speed.measure import Progress, SpeedReport, measure

if TYPE_CHECKING:
    from judge.practice.history import History

ENV_NO_SPEED = "JUDGE_NO_SPEED"  # set: `judge check` grades correctness only
GRADING_INI = Path(__file__).with_name("grading.ini")
LOG_LIMIT = 20_000


def read_submission(path: Path) -> bytes:
    """The submission's bytes, or one clear error naming the file."""
    if not path.exists():
        raise SubmissionNotFound(f"{path}: no such file (run `judge start <problem>` first,"
                                 " or pass --file)")
    if not path.is_file():
        raise SubmissionNotFound(f"{path}: not a file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SubmissionNotFound(f"{path}: cannot be read ({exc.strerror})") from None


def pytest_command(problem: Problem, submission: Path, report: Path, workdir: Path,
                   hash_seed: int, budget_s: float, recheck: bool = False) -> list[str]:
    return [
        sys.executable, "-m", "pytest", str(problem.tests),
        "-c", str(GRADING_INI), "--rootdir", str(problem.path),
        "-p", "judge.grading.plugin", "-p", "_hypothesis_pytestplugin", "-p", "pytest_timeout",
        "-q", "--no-header", "-rN", "--import-mode=importlib",
        f"--timeout={int(budget_s)}", "--timeout-method=thread",
        "--judge-problem", str(problem.path), "--judge-submission", str(submission),
        "--judge-report", str(report), "--judge-workdir", str(workdir),
        "--judge-hash-seed", str(hash_seed), *(["--judge-recheck"] if recheck else []),
    ]


def cache_dir() -> Path:
    """The judge's cache folder ($JUDGE_CACHE_DIR, else the platform's user cache dir)."""
    override = os.environ.get("JUDGE_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("judge"))


def grading_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "HYPOTHESIS"))}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # Hypothesis caches its unicode tables here; a fresh folder per run would
    # rebuild them every time (~2 s). Examples are never stored (database=None).
    env["HYPOTHESIS_STORAGE_DIRECTORY"] = str(cache_dir() / "hypothesis")
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def run_grading(problem: Problem, submission: Path, rundir: Path, hash_seed: int = 0,
                budget_s: float = 600.0, recheck: bool = False
                ) -> tuple[dict[str, object] | None, str]:
    """Run the hidden tests; return (the plugin's report or None, the run's log).
    ``recheck``: the short second run under another hash seed (see :func:`check`)."""
    rundir.mkdir(parents=True, exist_ok=True)
    report = rundir / "report.json"
    log_path = rundir / "pytest.log"
    command = pytest_command(problem, submission, report, rundir / "worker", hash_seed, budget_s,
                             recheck)
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                cwd=rundir, env=grading_env(), start_new_session=True)
        try:
            proc.wait(timeout=budget_s + 30)
        except subprocess.TimeoutExpired:
            pass
        finally:
            _kill_group(proc)
    log_text = log_path.read_bytes()[-LOG_LIMIT:].decode("utf-8", "replace")
    if not report.is_file():
        return None, log_text
    try:
        data = json.loads(report.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None, log_text
    return (data if isinstance(data, dict) else None), log_text


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


def check(problem: Problem, submission: Path, *, hash_seed: int = 0, speed: bool = True,
          verify_mode: bool = False, progress: Progress | None = None,
          recheck: bool = True) -> CheckResult:
    """Grade ``submission`` against ``problem``; the result is a frozen value.

    Correctness first (the hidden tests, in a child process); a submission
    that passes them all is graded once more, shortly, under another hash seed
    (``recheck``), so an answer that is right only by the luck of set or dict
    order is not Accepted. Then, for a correct submission of a problem with a
    [speed] table, the speed phase (judge.speed.measure), with the small verify sizes
    when ``verify_mode``.
    """
    source = read_submission(submission)
    digest = hashlib.sha256(source).hexdigest()
    started = time.perf_counter()
    rundir = Path(tempfile.mkdtemp(prefix=f"judge-{problem.slug}-"))
    speed_report: SpeedReport | None = None
    failure: Failure | None
    confinement = ""
    try:
        snapshot = rundir / "solution.py"
        snapshot.write_bytes(source)
        snapshot.chmod(0o444)
        report, log = run_grading(problem, snapshot, rundir, hash_seed)
        if report is None:
            failure = Failure("judge_error", "the grading run ended without a report", log=log)
            verdict, passed, total = Verdict.JUDGE_ERROR, 0, 0
        else:
            verdict, failure, passed, total = decide(report)
            confinement = str(report.get("confinement", ""))
            if failure is not None and verdict is Verdict.JUDGE_ERROR and not failure.log:
                failure = Failure(**{**failure.__dict__, "log": log})
        if verdict is Verdict.ACCEPTED and recheck:
            verdict, failure = recheck_hash_seed(problem, snapshot, rundir / "recheck",
                                                 hash_seed)
        if speed and problem.speed is not None and verdict is Verdict.ACCEPTED:
            speed_report = measure(problem, snapshot, rundir / "speed",
                                   verify_mode=verify_mode, progress=progress)
    finally:
        kill_strays(str(rundir.resolve()) + "/")  # nothing of this check outlives it
        shutil.rmtree(rundir, ignore_errors=True)
    seconds = time.perf_counter() - started
    if speed_report is not None:
        verdict, failure = speed_verdict(speed_report)
    summary = summarize(verdict, failure, passed, total)
    if verdict is Verdict.ACCEPTED and speed_report is not None:
        summary += f"; {speed_report.summary()}"
    return CheckResult(
        problem=problem.slug, submission=str(submission), verdict=verdict,
        summary=summary, failure=failure, tests_passed=passed, tests_total=total,
        seconds=round(seconds, 3), sha256=digest, speed=speed_report, confinement=confinement,
    )


def grade(problem: Problem, submission: Path, *, progress: Progress | None = None,
          speed: bool | None = None, kind: str = "check", round_id: int | None = None,
          history: History | None = None) -> CheckResult:
    """``judge check``: a check, compared with the last attempt's speed (which it
    replaces), and recorded in the history. This is the one place checks are
    recorded: only a finished check is, so a check stopped by Ctrl-C leaves no
    trace, and a history that cannot be written only warns (the verdict stands).

    ``speed`` None means: unless $JUDGE_NO_SPEED is set. ``kind`` and
    ``round_id`` tell the history a check of an interview round from a plain one.
    """
    from judge.practice import history as saved

    if speed is None:
        speed = not os.environ.get(ENV_NO_SPEED)
    result = check(problem, submission, progress=progress, speed=speed)
    if result.speed is not None and not result.speed.failure and result.speed.points:
        previous = saved.previous_ratio(problem.slug)
        try:
            saved.save_speed(problem.slug, result.speed, result.sha256)
        except OSError:
            pass  # the verdict stands; only the comparison next time is lost
        result = dataclasses.replace(result, previous_ratio=previous)
    saved.record_check(result, kind=kind, round_id=round_id, history=history)
    return result


NONDETERMINISTIC = ("non-deterministic: every hidden test passed with PYTHONHASHSEED={first},"
                    " but with PYTHONHASHSEED={second} this failed: {reason}. The answer"
                    " depends on the order of a set or dict (or on hash values): sort, or"
                    " break ties explicitly")


def recheck_hash_seed(problem: Problem, snapshot: Path, rundir: Path, hash_seed: int
                      ) -> tuple[Verdict, Failure | None]:
    """The hidden tests once more, with fewer examples, under hash seed + 1."""
    other = hash_seed + 1
    report, log = run_grading(problem, snapshot, rundir, other, recheck=True)
    if report is None:
        return Verdict.JUDGE_ERROR, Failure("judge_error", "the hash-seed recheck ended"
                                            " without a report", log=log)
    verdict, failure, _, _ = decide(report)
    if verdict is Verdict.ACCEPTED or failure is None:
        return Verdict.ACCEPTED, None
    if verdict is Verdict.JUDGE_ERROR:
        return verdict, dataclasses.replace(failure, log=failure.log or log)
    reason = NONDETERMINISTIC.format(first=hash_seed, second=other, reason=failure.reason)
    return verdict, dataclasses.replace(failure, reason=reason)


def speed_verdict(report: SpeedReport) -> tuple[Verdict, Failure | None]:
    """A correct submission's verdict from its speed report. Pure."""
    if report.failure:
        kind = str(report.failure["kind"])
        return verdict_of(kind), Failure(kind, str(report.failure["reason"]),
                                         test="speed", property="The speed runs")
    if report.too_slow:
        return Verdict.TOO_SLOW, Failure("too_slow", report.too_slow, test="speed",
                                         property="Speed against the reference")
    return Verdict.ACCEPTED, None
