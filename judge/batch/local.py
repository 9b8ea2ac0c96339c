"""The local engine: ``jobs`` checks at once on this machine.

Each check runs in a process of a pool (spawned, so it shares no state with
this one: the engine's zygotes and caches are per process), and returns its
check JSON, as a Dask task does. Speed phases take their CPUs from the
per-machine pool (judge.speed.cpus), so two timed pairs never share a core
while the correctness parts overlap freely.

Each finished check is handed to ``done`` in this process the moment it ends
(the results store writes it at once). Ctrl-C interrupts the running checks
(each cleans up its own processes) and drops those not started: the next run
grades exactly those.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from judge.batch.sources import Task
from judge.errors import JudgeError
from judge.grading.runner import check
from judge.grading.verdicts import CheckResult, Failure, Verdict
from judge.packages.format import Problem
from judge.ui.results import check_json

Done = Callable[[Task, dict[str, Any]], None]


def grade_file(problem: Problem, path: Path, *, verify_mode: bool = False,
               sha256: str = "", recheck_after: bool = False) -> dict[str, Any]:
    """One check of record as its JSON (judge.ui.results.check_json); never raises
    for a bad submission or a broken harness: those are verdicts (Judge Error).
    ``recheck_after``: other checks run beside this one, so its hash-seed recheck
    runs after it, and only when it passed (judge.grading.runner.check)."""
    try:
        result = check(problem, path, verify_mode=verify_mode, recheck_after=recheck_after)
    except JudgeError as exc:
        result = judge_error(problem.slug, str(path), str(exc), sha256)
    except Exception as exc:  # the harness broke: the batch goes on, this file is a Judge Error
        result = judge_error(problem.slug, str(path), f"the check failed: {exc!r}", sha256,
                             log="".join(traceback.format_exc(limit=8)))
    return check_json(result)


def judge_error(problem: str, submission: str, reason: str, sha256: str = "",
                log: str = "") -> CheckResult:
    return CheckResult(problem, submission, Verdict.JUDGE_ERROR, reason,
                       failure=Failure("judge_error", reason, log=log), sha256=sha256)


def run_local(tasks: list[Task], done: Done, *, jobs: int, verify_mode: bool = False) -> None:
    """Grade every task, ``jobs`` at once; ``done`` gets each result as it ends."""
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_worker_init, initargs=(os.getpid(),))
    before = set(multiprocessing.active_children())
    futures = {pool.submit(_grade_in_worker, task.submission.problem, task.submission.path,
                           verify_mode, task.submission.sha256, jobs > 1): task
               for task in tasks}
    pool_processes = [p for p in multiprocessing.active_children() if p not in before]
    try:
        for future in as_completed(futures):
            done(futures[future], future.result())  # a store that cannot be written stops it
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        _stop(pool_processes)
        raise
    pool.shutdown()


GRACE_S = 1.0


def _stop(processes: list[multiprocessing.process.BaseProcess]) -> None:
    """End the pool's processes now (a check they run is graded again next time),
    rather than let the interpreter wait at exit for the checks they are running."""
    deadline = time.monotonic() + GRACE_S
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join()


_busy = False


def _worker_init(parent: int) -> None:
    """Ctrl-C reaches the pool's processes too: a running check is interrupted (it
    cleans up its processes; the next run grades it again), an idle one just ends.
    And a pool process dies with `judge grade` (a pool's processes otherwise wait
    for work for ever when their parent is killed)."""
    signal.signal(signal.SIGINT, _on_interrupt)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # it died before we asked
        os._exit(1)


def _on_interrupt(signum: int, frame: object) -> None:
    if _busy:
        raise KeyboardInterrupt
    os._exit(130)


def _grade_in_worker(problem: Problem, path: Path, verify_mode: bool, sha256: str,
                     recheck_after: bool) -> dict[str, Any]:
    global _busy
    _busy = True
    try:
        return grade_file(problem, path, verify_mode=verify_mode, sha256=sha256,
                          recheck_after=recheck_after)
    finally:
        _busy = False
