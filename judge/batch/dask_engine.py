"""The Dask engine: the same checks, fanned out over a Dask distributed cluster.

    client (judge grade --dask ADDR)              worker node
    --------------------------------              -----------
    pack each problem package (tar, its hash)
    one task per package returns it  --------->   (fetched by the tasks that need it;
                                                   computed again if its worker dies)
    submit one task per submission:
      (slug, package, hash, file bytes) ------->  grade_remote: unpack the package
                                                  into the run's folder, verify its
                                                  hash, start the node's warm grading
                                                  service for it, run check() on
                                                  this node, return check JSON
    as_completed: store each result   <--------   a plain dict (no pickled objects)

The whole check, speed phase included, runs in one task on one node, so a speed
ratio compares the submission with the reference on the same CPU, and nodes of
different speed give comparable ratios. A task whose worker dies is retried on
another worker (Dask's own rescheduling, plus ``retries``); one that keeps
killing workers ends as KilledWorker and is stored as a Judge Error with the
reason. Results live in the scheduler's memory only until the client stores
them, so the client writes each one to the results store as it arrives.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from judge.batch.local import Done, grade_file, judge_error
from judge.batch.sources import Task
from judge.batch.store import package_files, package_hash
from judge.errors import JudgeError
from judge.packages.format import find_problem
from judge.ui.results import check_json

CONNECT_TIMEOUT_S = 10.0
RETRIES = 2
LOST_RESULTS = 3  # a task cancelled or lost this often (not a worker death) is a Judge Error
ENV_CACHE = "JUDGE_DASK_CACHE"  # where workers unpack problem packages (default: the temp dir)

KILLED = ("the check was lost with every Dask worker that ran it ({error}); a submission that"
          " keeps killing workers is not graded")


class DaskError(JudgeError):
    """Dask is missing, or the cluster cannot be reached or used: the message says which."""


class PackageMismatch(JudgeError):
    """A worker's copy of a problem package is not the client's (its hash differs)."""


def _identity(value: bytes) -> bytes:
    return value


def failed(task: Task, error: BaseException | None, address: str) -> dict[str, Any]:
    """The Judge Error of a task that Dask gave up on (KilledWorker), as check JSON."""
    from distributed.scheduler import KilledWorker

    if isinstance(error, PackageMismatch):
        raise DaskError(f"--dask {address}: {error}")
    reason = (KILLED.format(error=error) if isinstance(error, KilledWorker)
              else f"the Dask task failed: {error!r}")
    sub = task.submission
    return check_json(judge_error(sub.problem.slug, str(sub.path), reason, sub.sha256))


def pack(folder: Path) -> bytes:
    """The package's files (those its hash covers) as an uncompressed tar."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for path in package_files(folder):
            tar.add(path, arcname=path.relative_to(folder).as_posix(), recursive=False)
    return buffer.getvalue()


def unpacked(slug: str, package: bytes, expected: str, root_key: str) -> Path:
    """On a worker: the problems root of this run (one folder per set of package
    hashes, so a warm service can serve all of them), with this package unpacked
    once, and verified by its hash."""
    cache = Path(os.environ.get(ENV_CACHE) or tempfile.gettempdir()) / \
        f"judge-packages-{os.getuid()}" / root_key
    target = cache / slug
    if not target.is_dir():
        cache.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{slug}-", dir=cache))
        with tarfile.open(fileobj=io.BytesIO(package), mode="r") as tar:
            tar.extractall(staging, filter="data")
        try:
            staging.rename(target)  # atomic: another task of this node may race us
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
    found = package_hash(target)
    if found != expected:
        raise PackageMismatch(f"the problem package {slug} on this worker has hash {found[:12]},"
                              f" the client's {expected[:12]}")
    return cache


def grade_remote(slug: str, package: bytes, expected_hash: str, root_key: str, source: bytes,
                 name: str, sha256: str, verify_mode: bool) -> dict[str, Any]:
    """The task: one check of record on this worker node, returned as plain JSON."""
    from judge.grading import service

    root = unpacked(slug, package, expected_hash, root_key)
    service.ensure(root)  # warm checks on this node, as locally (cold without it)
    folder = Path(tempfile.mkdtemp(prefix="judge-grade-"))
    try:
        path = folder / (Path(name).name or "submission.py")
        path.write_bytes(source)
        data = grade_file(find_problem(root, slug), path, verify_mode=verify_mode,
                          sha256=sha256, recheck_after=_shares_node())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    data["submission"] = name  # the client's path, not the worker's copy
    return data


def _shares_node() -> bool:
    """Whether this Dask worker runs tasks on more than one thread: then its cores are
    full of checks, and each check's hash-seed recheck waits for its main run."""
    try:
        from distributed import get_worker

        return get_worker().state.nthreads > 1
    except (ImportError, ValueError, AttributeError):  # not in a worker (a test's call)
        return False


def run_dask(tasks: list[Task], done: Done, *, address: str, verify_mode: bool = False,
             task_function: Callable[..., dict[str, Any]] = grade_remote) -> None:
    """Grade every task on the cluster at ``address``; ``done`` gets each result as it
    arrives. ``task_function`` is for tests (a task that kills its worker)."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise DaskError("--dask needs Dask's distributed scheduler: pip install"
                        " 'judge[dask]'") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise DaskError(f"--dask {address}: cannot reach the Dask scheduler ({exc})") from None
    with client:
        packages: dict[str, Any] = {}
        futures: dict[Any, Task] = {}
        attempts: dict[Task, int] = {}
        root_key = hashlib.sha256(" ".join(sorted({t.key.package_sha256 for t in tasks}))
                                  .encode()).hexdigest()[:32]

        def submit(task: Task, source: bytes) -> Any:
            sub = task.submission
            digest = task.key.package_sha256
            if digest not in packages:
                # A task that returns the tar, not scattered data: if the worker
                # holding it dies, Dask computes it again elsewhere.
                packages[digest] = client.submit(_identity, pack(sub.problem.path),
                                                 key=f"judge-package-{digest}", pure=False)
            attempts[task] = attempts.get(task, 0) + 1
            name = f"judge-grade-{sub.who}-{sub.problem.slug}-{os.urandom(4).hex()}"
            future = client.submit(task_function, sub.problem.slug, packages[digest], digest,
                                   root_key, source, str(sub.path), sub.sha256, verify_mode,
                                   retries=RETRIES, pure=False, key=name)
            futures[future] = task
            return future

        sources: dict[Task, bytes] = {}
        for task in tasks:
            sub = task.submission
            try:
                sources[task] = sub.path.read_bytes()
            except OSError as exc:
                done(task, check_json(judge_error(sub.problem.slug, str(sub.path),
                                                  f"{sub.path}: cannot be read ({exc})")))
                continue
            submit(task, sources[task])
        try:
            arrived = as_completed(list(futures), loop=client.loop)
            for future in arrived:
                task = futures[future]
                status = future.status
                if status in ("pending", "lost"):  # lost with its worker: computed again
                    arrived.add(future)
                    continue
                data = None
                if status == "finished":
                    with contextlib.suppress(Exception):  # lost before we fetched it
                        data = future.result()
                elif status == "error":
                    data = failed(task, future.exception(), address)
                if data is None:  # cancelled by the cluster, or its result is gone
                    del futures[future]
                    future.release()
                    if attempts[task] <= LOST_RESULTS:
                        arrived.add(submit(task, sources[task]))
                        continue
                    data = failed(task, RuntimeError(f"the task ended {status}"), address)
                    done(task, data)
                    continue
                done(futures.pop(future), data)
                future.release()
        finally:
            if futures:
                client.cancel(list(futures))
