"""The warm grading service: one per problems folder and judge version.

    judge check / run / watch / interview / verify / the pad   (requesters)
        |  Unix socket in the user's runtime folder (0700): <key>.sock
    service (this module, ``python -m judge.grading.service ROOT``)
        |  keeps an Engine: zygotes (numpy and scipy imported) and a loader
        |  per problem (its hidden tests collected); hands each request's
        |  socket to the loader, whose check child answers the requester
        v
    frames P (progress) ... R (result) | E (harness failure) | S (stale: go cold)

The service is a cache, never a source of truth. It answers S and restarts
when the judge's own files changed since it started (the requester then runs
the check cold), stops a problem's loader when that package changed on disk,
and exits after IDLE_S without a request. Killed, it takes its processes with
it (each dies with its parent, a zygote when its control socket closes), and
the next check runs cold or starts a new service.

``judge daemon start|stop|status`` manages it; `judge watch`, `judge interview`,
`judge verify` and the pad start it; `judge check` uses it when it is running.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import select
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from judge import __version__
from judge.errors import JudgeError
from judge.grading.engine import Engine, ServiceGone, read_result
from judge.grading.verdicts import CheckResult
from judge.isolation.client import Zygotes
from judge.isolation.zygote import recv_frame, send_frame
from judge.packages.format import Problem, find_problem

if TYPE_CHECKING:
    from judge.speed.measure import Progress

ENV_RUNTIME = "JUDGE_RUNTIME_DIR"
ENV_IDLE = "JUDGE_DAEMON_IDLE_S"
ENV_NO_SERVICE = "JUDGE_NO_SERVICE"  # set: never use a running service (cold checks only)
IDLE_S = 30 * 60.0
START_TIMEOUT_S = 30.0
JUDGE_DIR = Path(__file__).resolve().parents[1]


class ServiceError(JudgeError):
    """The grading service could not be started or reached: see its log."""


def runtime_dir(create: bool = False) -> Path:
    """Where service sockets live: $JUDGE_RUNTIME_DIR, else the user's runtime
    folder (platformdirs), else a private folder in /tmp; mode 0700. Only
    starting a service creates it: looking for one leaves no trace."""
    override = os.environ.get(ENV_RUNTIME)
    candidates = [Path(override)] if override else [
        *([Path(platformdirs.user_runtime_dir("judge"))] if os.environ.get("XDG_RUNTIME_DIR")
          else []),
        Path(tempfile.gettempdir()) / f"judge-{os.getuid()}"]
    for folder in candidates:
        if len(str(folder)) >= 80:  # a Unix socket path is at most 107 bytes
            continue
        if not create:
            return folder
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            folder.chmod(0o700)
            return folder
        except OSError:
            continue
    raise ServiceError("no private runtime folder for the grading service"
                       f" (set ${ENV_RUNTIME})")


def fingerprint(folder: Path, skip: tuple[str, ...] = ("__pycache__",)) -> str:
    """Names, sizes and modification times of the files below ``folder``."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if any(part in skip for part in path.relative_to(folder).parts):
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def judge_fingerprint() -> str:
    return fingerprint(JUDGE_DIR, ("__pycache__", "pad", "schema"))


def service_key(root: Path) -> str:
    text = f"{root.resolve()}\0{__version__}\0{sys.executable}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Address:
    root: Path
    socket: Path
    lock: Path
    log: Path

    @classmethod
    def of(cls, root: Path, create: bool = False) -> Address:
        folder = runtime_dir(create)
        key = service_key(root)
        return cls(root.resolve(), folder / f"{key}.sock", folder / f"{key}.lock",
                   folder / f"{key}.log")


# -- the requester's side -------------------------------------------------------
def connect(address: Address, timeout: float = 2.0) -> socket.socket | None:
    if not address.socket.exists():
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(str(address.socket))
    except OSError:
        sock.close()
        return None
    return sock


def ask(address: Address, message: dict[str, Any]) -> dict[str, Any] | None:
    """One request and its JSON answer (status, stop); None when no service answers."""
    sock = connect(address)
    if sock is None:
        return None
    try:
        send_frame(sock, json.dumps(message).encode())
        answer = json.loads(recv_frame(sock))
    except (OSError, EOFError, ValueError):
        return None
    finally:
        sock.close()
    return answer if isinstance(answer, dict) else None


def try_check(problem: Problem, rundir: Path, request: dict[str, Any],
              progress: Progress | None) -> CheckResult | None:
    """The check through a running service for the problem's folder, or None
    (no service, a stale one, or one that died mid-check: the caller goes cold)."""
    if os.environ.get(ENV_NO_SERVICE):
        return None
    try:
        address = Address.of(problem.path.parent)
    except ServiceError:
        return None
    sock = connect(address)
    if sock is None:
        return None
    try:
        sock.settimeout(None)
        send_frame(sock, json.dumps({"op": "check", "problem": problem.slug,
                                     "judge": judge_fingerprint(),
                                     "request": {**request, "rundir": str(rundir)}}).encode())
        return read_result(sock, progress, request, gone_is_error=False)
    except (OSError, ServiceGone):
        return None
    finally:
        sock.close()


def status(root: Path) -> dict[str, Any] | None:
    return ask(Address.of(root), {"op": "status"})


def stop(root: Path) -> bool:
    """Ask the service to stop; True if one was running."""
    address = Address.of(root)
    answered = ask(address, {"op": "stop"}) is not None
    deadline = time.monotonic() + 10
    while answered and address.socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return answered


def stop_all() -> int:
    """Stop every service whose socket is in the runtime folder; how many answered."""
    folder = runtime_dir()
    stopped = 0
    for sock in sorted(folder.glob("*.sock")) if folder.is_dir() else []:
        address = Address(Path("/"), sock, sock.with_suffix(".lock"), sock.with_suffix(".log"))
        if ask(address, {"op": "stop"}) is not None:
            stopped += 1
            deadline = time.monotonic() + 10
            while sock.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
    return stopped


def start(root: Path) -> dict[str, Any]:
    """Start a service for ``root`` unless one runs; return its status."""
    address = Address.of(root, create=True)
    current = ask(address, {"op": "status"})
    if current is not None and current.get("judge") == judge_fingerprint():
        return current
    if current is not None:
        stop(root)
    with open(address.log, "ab") as log:
        # It forks once more and this child exits: the service is nobody's child.
        subprocess.run([sys.executable, "-m", "judge.grading.service", str(address.root),
                        "--detach"], stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                       start_new_session=True, env=_service_env(), check=False)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        answer = ask(address, {"op": "status"})
        if answer is not None:
            return answer
        time.sleep(0.05)
    raise ServiceError(f"the grading service did not start within {START_TIMEOUT_S:g} s"
                       f" (log: {address.log})")


def ensure(root: Path) -> None:
    """Start the service for ``root`` if none runs; a failure only means cold checks."""
    if os.environ.get(ENV_NO_SERVICE):
        return
    with contextlib.suppress(ServiceError, OSError):
        start(root)


def _service_env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(JUDGE_DIR.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


# -- the service ---------------------------------------------------------------
class Service:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.address = Address.of(self.root, create=True)
        self.engine = Engine(Zygotes())
        self.judge = judge_fingerprint()
        self.packages: dict[Path, str] = {}  # a loaded package's fingerprint
        self.started = time.time()
        self.last = time.monotonic()
        self.checks = 0
        self.idle_s = float(os.environ.get(ENV_IDLE) or IDLE_S)

    @contextlib.contextmanager
    def listening(self) -> Iterator[socket.socket | None]:
        """Bind the socket, unless another service holds the lock (None)."""
        lock = open(self.address.lock, "w")  # held for the service's life
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            lock.close()
            yield None
            return
        with contextlib.suppress(FileNotFoundError):
            self.address.socket.unlink()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o177)
        try:
            listener.bind(str(self.address.socket))
        finally:
            os.umask(old)
        listener.listen(64)
        try:
            yield listener
        finally:
            listener.close()
            with contextlib.suppress(FileNotFoundError):
                self.address.socket.unlink()
            lock.close()

    def serve(self) -> str:
        """Serve until idle, stopped or stale; return why it ended."""
        self.engine.zygotes.start(0, 1)
        with self.listening() as listener:
            if listener is None:
                return "another service holds the lock"
            while True:
                ready, _, _ = select.select([listener], [], [], 5.0)
                if not ready:
                    if time.monotonic() - self.last > self.idle_s:
                        return "idle"
                    continue
                conn, _ = listener.accept()
                self.last = time.monotonic()
                try:
                    outcome = self.handle(conn)
                finally:
                    conn.close()
                if outcome:
                    return outcome

    def handle(self, conn: socket.socket) -> str | None:
        conn.settimeout(5.0)
        try:
            message = json.loads(recv_frame(conn))
        except (OSError, EOFError, ValueError):
            return None
        op = message.get("op") if isinstance(message, dict) else None
        stale = judge_fingerprint() != self.judge
        if op == "status":
            send_frame(conn, json.dumps(self.status()).encode())
            return None
        if op == "stop":
            send_frame(conn, json.dumps({"stopping": True}).encode())
            return "stopped"
        if op != "check":
            return None
        if stale or message.get("judge") != self.judge:
            send_frame(conn, b"S")  # the requester runs this check cold
            return "restart" if stale else None
        try:
            problem = find_problem(self.root, str(message.get("problem")))
        except JudgeError as exc:
            send_frame(conn, b"E" + str(exc).encode())
            return None
        current = fingerprint(problem.path, ("__pycache__", "planted"))
        if self.packages.get(problem.path) != current:
            self.engine.forget(problem.path)
            self.packages[problem.path] = current
        try:
            self.engine.loader(problem).request(message["request"], conn)
        except Exception as exc:  # the requester falls back to a cold check
            self.engine.forget(problem.path)
            send_frame(conn, b"S" + str(exc).encode())
        self.checks += 1
        return None

    def status(self) -> dict[str, Any]:
        return {"pid": os.getpid(), "root": str(self.root), "version": __version__,
                "judge": self.judge, "started": self.started, "checks": self.checks,
                "idle_s": round(time.monotonic() - self.last, 1), "stops_after_s": self.idle_s,
                "problems": sorted(p.name for p in self.engine.loaders)}


def main(argv: list[str]) -> None:
    root = Path(argv[1])
    if "--detach" in argv[2:] and os.fork() > 0:
        os._exit(0)
    service = Service(root)
    why = "stopped"
    try:
        why = service.serve()
    finally:
        service.engine.close()
    print(f"judge service for {root}: {why}", file=sys.stderr, flush=True)
    if why == "restart":  # the judge changed on disk: start again with the new code
        os.execv(sys.executable, [sys.executable, "-m", "judge.grading.service", str(root)])


if __name__ == "__main__":
    main(sys.argv)
