"""The engine: the processes a check runs in, started once and reused.

    Engine (the judge CLI for one cold check, or the warm service)
      +-- zygote, seed 0 and seed 1 (judge.isolation.zygote): clean; forks workers
      +-- loader per problem (judge.grading.loader): the hidden tests collected
            +-- check child per check -> grading children -> workers (from a zygote)

A cold ``judge check`` starts the zygotes and the problem's loader at once (they
import in parallel, on both cores), sends one request and closes them; the warm
service (judge.grading.service) keeps them, so a check is a fork. The requester
of a check (:func:`submit`) is the same either way: it snapshots the file into
a run folder, hands the loader its socket and reads frames until the result.
"""

from __future__ import annotations

import json
import os
import pickle
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from judge.grading.outcomes import Kind
from judge.grading.verdicts import CheckResult, Failure, Verdict
from judge.isolation.client import ZYGOTES, Zygotes, kill_strays
from judge.isolation.zygote import HEADER, recv_exact
from judge.packages.format import Problem

if TYPE_CHECKING:
    from judge.speed.measure import Progress

SEEDS = (0, 1)  # the check's own hash seed and the recheck's
LOADER_BOOT = ("import sys; from judge.grading.loader import main; main(sys.argv)")
MAX_LOADERS = 12  # each holds a pytest session with numpy and scipy: about 120 MB
CHECK_LIMIT_S = 1800.0  # no check of record takes this long: a loader that hangs is a bug


class EngineError(Exception):
    """A process of the engine failed: the check becomes a Judge Error."""


class ServiceGone(Exception):
    """The warm service is stale or ended before the result: check cold instead."""


def grading_env() -> dict[str, str]:
    """The loader's environment: no pytest plugins autoloaded, no stray settings."""
    from judge.grading.runner import cache_dir

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "HYPOTHESIS"))}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    # The judge's modules, the hidden tests (rewritten by pytest) and the reference
    # are compiled once, into the judge's own cache, never beside the sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache_dir() / "bytecode")
    # Hypothesis caches its unicode tables here; a fresh folder per run would
    # rebuild them every time (~2 s). Examples are never stored (database=None).
    env["HYPOTHESIS_STORAGE_DIRECTORY"] = str(cache_dir() / "hypothesis")
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


class Loader:
    """A running loader process for one problem package."""

    def __init__(self, problem: Problem, zygotes: Zygotes, logdir: Path,
                 preload: tuple[str, ...]) -> None:
        self.problem = problem
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        fds = {seed: zygotes.get(seed).control.fileno() for seed in SEEDS}
        self.log = logdir / f"loader-{problem.slug}.log"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", LOADER_BOOT, str(problem.path), str(theirs.fileno()),
             json.dumps(fds), str(self.log), ",".join(preload)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=grading_env(), pass_fds=(theirs.fileno(), *fds.values()),
            start_new_session=True)
        theirs.close()
        self.control = ours

    @property
    def running(self) -> bool:
        return self.proc.poll() is None

    def request(self, message: dict[str, Any], client: socket.socket) -> None:
        try:
            socket.send_fds(self.control, [json.dumps(message).encode()], [client.fileno()])
        except OSError as exc:
            raise EngineError(f"the loader of {self.problem.slug} is gone ({exc})") from None

    def log_tail(self) -> str:
        try:
            return self.log.read_bytes()[-8000:].decode("utf-8", "replace")
        except OSError:
            return ""

    def close(self) -> None:
        self.control.close()
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.proc.wait()


class Engine:
    """Zygotes and loaders, started on demand and owned by this process."""

    def __init__(self, zygotes: Zygotes = ZYGOTES, warm: bool = True) -> None:
        """``warm``: the loaders import the libraries the zygotes preload (the
        service); a cold check's loader imports only what its tests need."""
        self.zygotes = zygotes
        self.preload = zygotes.preload if warm else ()
        self.loaders: dict[Path, Loader] = {}
        self.lock = threading.Lock()  # checks may come from several threads (verify)
        self.logdir = Path(tempfile.mkdtemp(prefix="judge-engine-"))

    def loader(self, problem: Problem) -> Loader:
        with self.lock:
            current = self.loaders.pop(problem.path, None)
            if current is None or not current.running:
                if current is not None:
                    current.close()
                while len(self.loaders) >= MAX_LOADERS:  # the least recently used goes
                    self.loaders.pop(next(iter(self.loaders))).close()
                current = Loader(problem, self.zygotes, self.logdir, self.preload)
            self.loaders[problem.path] = current  # most recently used last
            return current

    def forget(self, problem_path: Path) -> None:
        """Stop a problem's loader (its package changed on disk)."""
        loader = self.loaders.pop(problem_path, None)
        if loader is not None:
            loader.close()

    def start(self, problem: Problem) -> None:
        """Start what a check of ``problem`` needs, without waiting for it."""
        self.zygotes.start(*SEEDS)
        self.loader(problem)

    def check(self, problem: Problem, snapshot_dir: Path, request: dict[str, Any],
              progress: Progress | None = None) -> CheckResult:
        """Send a check to the problem's loader and wait for its result."""
        loader = self.loader(problem)
        ours, theirs = socket.socketpair()
        try:
            loader.request({**request, "rundir": str(snapshot_dir)}, theirs)
            theirs.close()
            return read_result(ours, progress, request, loader.log_tail)
        finally:
            ours.close()
            theirs.close()

    def close(self) -> None:
        for loader in self.loaders.values():
            loader.close()
        self.loaders.clear()
        self.zygotes.close()
        shutil.rmtree(self.logdir, ignore_errors=True)


def read_result(sock: socket.socket, progress: Progress | None, request: dict[str, Any],
                log: Callable[[], str] = lambda: "", gone_is_error: bool = True) -> CheckResult:
    """Frames from a check child until its result (see judge.grading.loader).
    Without ``gone_is_error`` (through the service), a connection that ends
    without a result, or an S frame, raises ServiceGone."""
    deadline = time.monotonic() + CHECK_LIMIT_S
    while True:
        remaining = deadline - time.monotonic()
        ready, _, _ = select.select([sock], [], [], max(remaining, 0))
        try:
            if not ready:
                raise TimeoutError
            (size,) = HEADER.unpack(recv_exact(sock, HEADER.size))
            frame = recv_exact(sock, size)
        except (EOFError, OSError, TimeoutError):
            if not gone_is_error:
                raise ServiceGone from None
            return judge_error(request, "the grading process ended without a result", log())
        tag, body = frame[:1], frame[1:]
        if tag == b"S":
            raise ServiceGone(body.decode("utf-8", "replace"))
        if tag == b"P":
            if progress is not None:
                done, total, text = json.loads(body)
                progress(int(done), int(total), str(text))
        elif tag == b"R":
            result = loads_result(body)
            if result is None:
                return judge_error(request, "the grading process sent a malformed result", "")
            return result
        else:
            return judge_error(request, "the judge itself failed while grading",
                               body.decode("utf-8", "replace"))


class _ResultUnpickler(pickle.Unpickler):
    """Results come from our own grading processes; still, only judge's own
    frozen result classes (and builtins) are rebuilt."""

    def find_class(self, module: str, name: str) -> Any:
        if module.startswith("judge.") or module in ("builtins", "collections", "copyreg"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a result class")


def loads_result(data: bytes) -> CheckResult | None:
    import io

    try:
        result = _ResultUnpickler(io.BytesIO(data)).load()
    except Exception:
        return None
    return result if isinstance(result, CheckResult) else None


def judge_error(request: dict[str, Any], reason: str, log: str) -> CheckResult:
    return CheckResult(problem=str(request.get("problem", "")),
                       submission=str(request.get("submission", "")),
                       verdict=Verdict.JUDGE_ERROR, summary=f"Judge Error: {reason}",
                       failure=Failure(Kind.JUDGE_ERROR, reason, log=log),
                       sha256=str(request.get("sha256", "")))


def cleanup_rundir(rundir: Path) -> None:
    """Nothing of a check outlives it: its workers (by marker) and its folder."""
    kill_strays(str(rundir.resolve()) + "/")
    shutil.rmtree(rundir, ignore_errors=True)
