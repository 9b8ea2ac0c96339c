"""`judge grade`: plan, grade what is missing, store each result, write the outputs.

    read_source(SOURCE)                 -> submissions (who, problem, file, sha256)
    key = (file sha256, package sha256, judge version)
    the results store has the key?      -> reused, not graded again
    else grade it (local pool or Dask)  -> stored the moment it arrives
    every submission has a result       -> results.csv, results.jsonl, gradescope/

Identical files for the same problem share a key and are graded once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.batch.dask_engine import run_dask
from judge.batch.local import run_local
from judge.batch.outputs import Row, write_outputs
from judge.batch.sources import Task, read_source
from judge.batch.store import Key, ResultStore, package_hash
from judge.errors import JudgeError
from judge.speed.cpus import machine_cpus

STORE_NAME = "results.db"

# (submissions with a result, submissions in all, the one just stored or "")
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BatchReport:
    rows: tuple[Row, ...]  # one per submission, in the source's order
    graded: int  # checks run by this invocation
    reused: int  # submissions whose result was already in the store
    seconds: float  # wall time of the grading (not of planning or writing)
    engine: str  # "local, 2 jobs" or "dask tcp://..."
    out: Path

    @property
    def per_minute(self) -> float | None:
        """Throughput: checks run per minute of grading."""
        return 60 * self.graded / self.seconds if self.graded and self.seconds > 0 else None

    def __str__(self) -> str:
        return (f"{len(self.rows)} submissions: {self.graded} graded, {self.reused} already in"
                " the results store")


def default_jobs() -> int:
    """As many checks at once as this process has CPUs."""
    return len(machine_cpus())


def grade_many(source: Path, root: Path, out: Path, *, jobs: int | None = None,
               dask: str | None = None, verify_mode: bool = False,
               progress: Progress | None = None) -> BatchReport:
    """Grade every submission of ``source`` that the store in ``out`` does not have."""
    if jobs is not None and jobs < 1:
        raise JudgeError(f"--jobs must be at least 1, got {jobs}")
    jobs = jobs or default_jobs()
    submissions = read_source(source, root)
    store = ResultStore(out / STORE_NAME)
    hashes = {p.slug: package_hash(p.path) for p in {s.problem for s in submissions}}
    keys = [Key(s.sha256, hashes[s.problem.slug]) for s in submissions]
    results: dict[Key, dict[str, Any]] = {}
    for key in set(keys):
        stored = store.get(key)
        if stored is not None:
            results[key] = stored
    todo: dict[Key, Task] = {}
    for sub, key in zip(submissions, keys, strict=True):
        if key not in results and key not in todo:
            todo[key] = Task(sub, key)
    reused = sum(key in results for key in keys)
    total = len(submissions)
    lock = threading.Lock()
    finished = [reused]
    waiting = {key: sum(k == key for k in keys) for key in todo}

    def done(task: Task, data: dict[str, Any]) -> None:
        # The key of the bytes actually graded (a file edited since planning is
        # stored under its new hash, so the next run finds it).
        graded = Key(data.get("sha256") or task.key.submission_sha256, task.key.package_sha256)
        store.put(graded, task.submission.who, data)
        with lock:
            results[task.key] = data
            finished[0] += waiting[task.key]
            count = finished[0]
        if progress:
            progress(count, total, f"{task.submission}: {data['verdict']}")

    if progress:
        progress(reused, total, "")
    started = time.perf_counter()
    tasks = list(todo.values())
    if tasks:
        if not dask:
            from judge.grading import service

            service.ensure(root)  # warm checks, as `judge verify` has (cold without it)
        if dask:
            run_dask(tasks, done, address=dask, verify_mode=verify_mode)
        else:
            run_local(tasks, done, jobs=jobs, verify_mode=verify_mode)
    seconds = time.perf_counter() - started
    # A file graded once for several people (the same bytes) is listed under each one's path.
    rows = tuple(Row(sub, {**results[key], "submission": str(sub.path)})
                 for sub, key in zip(submissions, keys, strict=True) if key in results)
    if len(rows) < total:
        raise JudgeError(f"{total - len(rows)} submissions got no result; run the same"
                         " command again to grade them")
    write_outputs(out, rows)
    engine = f"dask {dask}" if dask else f"local, {jobs} job{'s' if jobs > 1 else ''}"
    return BatchReport(rows, len(tasks), reused, seconds, engine, out)

