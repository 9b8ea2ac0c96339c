"""One check: grade a submission file against a problem, in the engine's processes.

    requester (this process)        engine (judge.grading.engine)        worker
    ------------------------        ----------------------------         ------
    snapshot the submission  --->   loader -> check child -> grading --> submission
    wait for frames                 compares in its own process          runs calls
    CheckResult  <---------------   result (pickled, judge classes only)

The requester is the CLI, the pad or `judge grade`. A warm service for the same
problems folder and judge version (judge.grading.service) is used when one is
running; otherwise the check starts its own engine and closes it at the end.
The submission file is copied into a private run folder first, so the check
grades exactly what was saved when it started and nothing can touch the
user's file. Every process of a check is killed at the end (also on Ctrl-C).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from judge.errors import SubmissionNotFound
from judge.grading.engine import Engine, cleanup_rundir
from judge.grading.verdicts import CheckResult
from judge.isolation.client import Zygotes
from judge.isolation.environment import library_imports
from judge.packages.format import Problem

if TYPE_CHECKING:
    from judge.practice.history import History
    from judge.speed.measure import Progress

ENV_NO_SPEED = "JUDGE_NO_SPEED"  # set: `judge check` grades correctness only
GRADING_INI = Path(__file__).with_name("grading.ini")


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


def cache_dir() -> Path:
    """The judge's cache folder ($JUDGE_CACHE_DIR, else the platform's user cache dir)."""
    override = os.environ.get("JUDGE_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("judge"))


def check(problem: Problem, submission: Path, *, hash_seed: int = 0, speed: bool = True,
          verify_mode: bool = False, progress: Progress | None = None,
          recheck: bool = True, quick: bool = False, engine: Engine | None = None,
          profile: bool = False, recheck_after: bool = False) -> CheckResult:
    """Grade ``submission`` against ``problem``; the result is a frozen value.

    Correctness first (the hidden tests); a submission that passes them all is
    graded once more, shortly, under another hash seed (``recheck``, run beside
    the first on the other core; after it with ``recheck_after``, for callers
    whose other checks already keep every core busy), so an answer that is right
    only by the luck of set or dict order is not Accepted. Then, for a correct
    submission of a problem with a [speed] table, the speed phase (judge.speed), with the small
    verify sizes when ``verify_mode``. ``quick`` is `judge run`: the examples
    and a short property budget, no recheck, no speed. ``profile``: sample where
    the submission's time goes at its largest speed size even when it is fast
    enough (a Too Slow one is always profiled).
    """
    source = read_submission(submission)
    started = time.perf_counter()
    request = {"problem": problem.slug, "submission": str(submission), "hash_seed": hash_seed,
               "speed": speed, "verify_mode": verify_mode, "recheck": recheck, "quick": quick,
               "profile": profile, "recheck_after": recheck_after,
               "sha256": hashlib.sha256(source).hexdigest()}
    rundirs: list[Path] = []

    def fresh_rundir() -> Path:
        """A private run folder holding a read-only snapshot of the file."""
        rundir = Path(tempfile.mkdtemp(prefix=f"judge-{problem.slug}-"))
        rundirs.append(rundir)
        snapshot = rundir / "solution.py"
        snapshot.write_bytes(source)
        snapshot.chmod(0o444)
        return rundir

    try:
        result = None
        if engine is None:
            from judge.grading.service import try_check

            result = try_check(problem, fresh_rundir(), request, progress)
        if result is None:  # no service, or it went away: a folder of its own, cold
            result = _check_with(engine, problem, fresh_rundir(), request, progress,
                                 library_imports(source))
    finally:
        for rundir in rundirs:
            cleanup_rundir(rundir)
    return dataclasses.replace(result, seconds=round(time.perf_counter() - started, 3))


def _check_with(engine: Engine | None, problem: Problem, rundir: Path, request: dict[str, object],
                progress: Progress | None, preload: tuple[str, ...] = ()) -> CheckResult:
    """The check on ``engine``, or on a cold one of its own whose zygotes import
    only the worker loop and the libraries the submission imports (``preload``):
    once, while the hidden tests load, instead of in every worker it starts."""
    if engine is not None:
        return engine.check(problem, rundir, request, progress)
    cold = Engine(Zygotes(preload), warm=False)
    try:
        cold.start(problem)
        return cold.check(problem, rundir, request, progress)
    finally:
        cold.close()


def grade(problem: Problem, submission: Path, *, progress: Progress | None = None,
          speed: bool | None = None, kind: str = "check", round_id: int | None = None,
          history: History | None = None, profile: bool = False) -> CheckResult:
    """``judge check``: a check, its speed compared with the last timed check of the
    same file (from the history), and recorded in the history. This is the one place checks are
    recorded: only a finished check is, so a check stopped by Ctrl-C leaves no
    trace, and a history that cannot be written only warns (the verdict stands).

    ``speed`` None means: unless $JUDGE_NO_SPEED is set. ``kind`` and
    ``round_id`` tell the history a check of an interview round from a plain one.
    """
    from judge.practice import history as saved

    if speed is None:
        speed = not os.environ.get(ENV_NO_SPEED)
    history = history or saved.History()
    result = check(problem, submission, progress=progress, speed=speed, profile=profile)
    if result.speed is not None and not result.speed.failure and result.speed.points:
        # the same file's last timed check (another file's would compare unlike things)
        previous = saved.last_timed_check(problem.slug, submission, history)
        try:
            saved.save_speed(problem.slug, result.speed, result.sha256)
        except OSError:
            pass  # the verdict stands; only the saved figures are lost
        result = dataclasses.replace(result, previous=previous)
    saved.record_check(result, kind=kind, round_id=round_id, history=history)
    return result
