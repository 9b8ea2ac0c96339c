"""The judge's handle on a worker process (see :mod:`judge.isolation.worker` for the protocol).

A :class:`WorkerProcess` is forked by a clean zygote (:mod:`judge.isolation.zygote`,
one per hash seed, started here on first use and shared by every process forked
from this one) into its own session and private working directory, with a clean
environment and resource limits the worker applies to itself before it touches
the submission. For the speed phase a :class:`Holder` (a child of the zygote)
receives an input once; the timing workers forked from it find it unpickled.
Every reply is read under a wall-clock deadline and decoded with
:func:`judge.isolation.wire.loads_plain`. What can go wrong is observed from
outside and returned as a value, never raised:

    Returned   the call returned (plain value, which arguments it mutated)
    MadeObject the entry class made an instance; the worker keeps it
    Raised     the submission raised (type, builtin ancestors, its own frames)
    CompileFailed  the file does not compile / import / define the entry
    Died       the process hung (timeout), ran out of CPU, was killed by a
               signal, exited, or broke the protocol
"""

from __future__ import annotations

import atexit
import json
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from judge.isolation.prints import Print
from judge.isolation.wire import dumps_args, loads_plain
from judge.isolation.zygote import MARKER, MARKER_ROOM, recv_json, send_frame, send_json
from judge.packages.format import Limits

HEADER = struct.Struct(">Q")
ENV_NO_CONFINE = "JUDGE_NO_CONFINE"  # set: no network namespace, no Landlock (debugging)
MAX_REPLY = 1 << 30
RAW_OUTPUT_SHOWN = 4096
# A call out of time while holding GRACE_MEMORY of the memory limit gets one
# grace period; if it then still holds MEMORY_EVIDENCE of it, the verdict is
# on memory, not time (see WorkerProcess._wait_for_reply).
GRACE_MEMORY = 0.25
MEMORY_EVIDENCE = 0.75
MIN_GRACE_S = 5.0
TRANSFER_S = 60.0
BOOTSTRAP = (
    "import sys; sys.path.insert(0, {root!r}); from judge.isolation.zygote import main; "
    "sys.path.remove({root!r}); main(sys.argv)"
)
# What the service's zygotes import before they fork: what submissions reach for
# most. A worker forked from one starts with them loaded (numpy alone costs ~100
# ms, scipy.stats ~600 ms, and a failing test restarts the worker to check its
# evidence). A cold check's zygotes import what its submission imports instead.
PRELOAD = ("numpy", "scipy.sparse", "scipy.stats")
START_S = 60.0
SETTLE_S = 0.05  # at most this long for a worker to stop running before its clock is read


@dataclass(frozen=True)
class Output:
    text: str = ""
    total: int = 0

    def shown(self, limit: int = 2000) -> str:
        if self.total <= limit and len(self.text) <= limit:
            return self.text
        return self.text[:limit] + f"\n... ({self.total:,} characters in all, the rest cut)"


@dataclass(frozen=True)
class Loaded:
    output: Output
    confinement: str = "unknown"  # what judge.isolation.confine applied, e.g. "landlock-7+netns"


@dataclass(frozen=True)
class Returned:
    value: Any
    mutated: tuple[int | str, ...]
    output: Output
    seconds: float


@dataclass(frozen=True)
class MadeObject:
    handle: int
    output: Output


@dataclass(frozen=True)
class Raised:
    type: str
    ancestors: tuple[str, ...]
    message: str
    traceback: tuple[str, ...]
    output: Output

    def is_a(self, name: str) -> bool:
        return name == self.type or name in self.ancestors


@dataclass(frozen=True)
class CompileFailed:
    message: str
    line: int | None
    output: Output


@dataclass(frozen=True)
class Died:
    how: str  # "timeout" | "cpu" | "memory" | "signal" | "exit" | "protocol"
    detail: str
    output: Output = field(default_factory=Output)


@dataclass(frozen=True)
class Batch:
    """Replies to a batch of calls, in order, up to the first that is not Returned."""

    replies: tuple[Reply, ...]


@dataclass(frozen=True)
class Ack:
    """A timing-protocol step went through (``value``: the worker's own figure)."""

    tag: str
    value: int = 0


@dataclass(frozen=True)
class Timed:
    """One timed batch: CPU nanoseconds of the worker, read from outside."""

    cpu_ns: int
    inner_ns: int
    repeat: int
    peak_growth_kib: int | None = None  # resident memory the batch added at its peak
    prints: tuple[Print, ...] = ()  # each call's result, fingerprinted (after the timing)

    @property
    def per_call_s(self) -> float:
        # at least 1 ns a batch: a clock that did not move must not make a ratio 0
        return max(self.cpu_ns, 1) / self.repeat / 1e9


@dataclass(frozen=True)
class Prints:
    """Fingerprints of a timed batch's results (judge.isolation.prints)."""

    prints: tuple[Print, ...]


@dataclass(frozen=True)
class Profiled:
    """Where one sampled call spent its time: samples by line of the submission."""

    lines: dict[int, float]  # samples (fractions of ticks) by line of the submission
    ticks: int


Reply = (Loaded | Returned | MadeObject | Raised | CompileFailed | Died | Ack | Batch | Prints
         | Profiled)
ACK_TAGS = ("prepared", "ran", "driven")


def _output(raw: Any) -> Output:
    if isinstance(raw, dict) and isinstance(raw.get("text"), str) and isinstance(
        raw.get("total"), int
    ):
        return Output(raw["text"], raw["total"])
    return Output()


def _print(item: Any) -> Print:
    digest, count, total, weighted, scale = item
    if not isinstance(digest, bytes):
        raise ValueError("a print's digest must be bytes")
    return (digest, int(count), float(total), float(weighted), float(scale))


def parse_reply(message: Any, seconds: float = 0.0) -> Reply:
    """Validate a decoded reply's shape; anything unexpected is a protocol Died."""
    if not isinstance(message, tuple) or not message or not isinstance(message[0], str):
        return Died("protocol", "the worker sent a malformed reply")
    tag, rest = message[0], message[1:]
    try:
        if tag == "loaded":
            return Loaded(_output(rest[0]), str(rest[1]) if len(rest) > 1 else "unknown")
        if tag == "ok":
            value, mutated, out = rest
            return Returned(value, tuple(mutated), _output(out), seconds)
        if tag == "object":
            return MadeObject(int(rest[0]), _output(rest[1]))
        if tag == "raised":
            info, out = rest
            return Raised(
                str(info["type"]), tuple(str(m) for m in info["mro"]), str(info["message"]),
                tuple(str(t) for t in info["traceback"]), _output(out),
            )
        if tag == "batch":
            (items,) = rest
            replies = tuple(parse_reply(item, seconds) for item in items)
            if not replies or any(isinstance(r, (Batch, Ack)) for r in replies):
                return Died("protocol", "the worker sent a malformed batch")
            return Batch(replies)
        if tag in ACK_TAGS:
            return Ack(tag, int(rest[0]) if rest else 0)
        if tag == "prints":
            (items,) = rest
            return Prints(tuple(_print(item) for item in items))
        if tag == "profiled":
            lines, ticks = rest
            return Profiled({int(k): float(v) for k, v in dict(lines).items()}, int(ticks))
        if tag == "compile_error":
            message_text, line, out = rest
            return CompileFailed(str(message_text), line if isinstance(line, int) else None,
                                 _output(out))
    except (ValueError, TypeError, KeyError):
        pass
    return Died("protocol", f"the worker sent a malformed {tag!r} reply")


CPU_POLL_S = 0.1  # how often a call with a CPU limit reads the worker's CPU clock
PIPE_SIZE = 1 << 20  # a 160 MB input went over 64 KiB pipes at 2.2 s per worker
F_SETPIPE_SZ = 1031


def _widen_pipe(fd: int) -> None:
    """Ask Linux for a 1 MiB pipe buffer (fewer round trips for big inputs)."""
    try:
        import fcntl

        fcntl.fcntl(fd, F_SETPIPE_SZ, PIPE_SIZE)
    except (OSError, ImportError):
        pass


def _sigkill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def proc_files(name: str) -> Iterator[tuple[int, bytes]]:
    """(pid, contents of /proc/<pid>/<name>) for every process that still exists
    when it is read. Listed by hand, not with Path.glob: a process that ends
    between the listing and the read raises ProcessLookupError, which glob's
    own existence check lets through."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/{name}", "rb") as file:
                data = file.read()
        except OSError:
            continue
        yield int(entry), data


def descendants(pid: int) -> list[int]:
    """Live processes below ``pid`` (Linux /proc; [] elsewhere)."""
    children: dict[int, list[int]] = {}
    for pid_of, stat in proc_files("stat"):
        try:
            fields = stat.decode("utf-8", "replace").rsplit(")", 1)[1].split()
        except IndexError:
            continue
        if fields[0] != "Z":
            children.setdefault(int(fields[1]), []).append(pid_of)
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def marked(prefix: str) -> list[int]:
    """Processes whose environment carries a worker marker beginning with ``prefix``:
    workers and whatever they started, wherever it went in the process tree.
    (End ``prefix`` with "/" for a folder's workers, or pass one worker's folder.)"""
    needle = f"{MARKER}={prefix}".encode()
    exact = not prefix.endswith("/")
    found = []
    for pid, data in proc_files("environ"):
        items = data.split(b"\0")
        if (needle in items) if exact else any(i.startswith(needle) for i in items):
            found.append(pid)
    return [pid for pid in found if pid != os.getpid()]


def kill_strays(prefix: str) -> int:
    """SIGKILL every process marked with a workdir under ``prefix``; how many there were."""
    pids = marked(prefix)
    for pid in pids:
        _sigkill(pid)
    return len(pids)


def signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def worker_env(hash_seed: int) -> dict[str, str]:
    """The environment a zygote (and so every worker) starts with."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONHASHSEED": str(hash_seed),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }


class ZygoteFailed(Exception):
    """The zygote (or a holder) did not start or answer: a Judge Error, never the user's."""


class Forker:
    """Something that forks workers on request: a zygote or a holder."""

    seed: int
    control: socket.socket

    def request(self, message: dict[str, Any], fds: list[int]) -> None:
        data = json.dumps(message).encode()
        try:
            socket.send_fds(self.control, [data], fds)
        except OSError as exc:
            raise ZygoteFailed(f"the worker zygote is gone ({exc})") from None


class Zygote(Forker):
    """A running zygote: a clean interpreter that forks workers (one per hash seed)."""

    def __init__(self, seed: int, control: socket.socket,
                 proc: subprocess.Popen[bytes] | None = None, ready_fd: int = -1) -> None:
        self.seed = seed
        self.control = control
        self.proc = proc  # None: adopted from the process that started it
        self.owner = os.getpid() if proc is not None else -1
        self.ready_fd = ready_fd
        self.ready = proc is None
        self.starting = threading.Lock()
        self.errors = tempfile.TemporaryFile() if proc is not None else None

    @classmethod
    def spawn(cls, seed: int, preload: tuple[str, ...] = PRELOAD) -> Zygote:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        ready_r, ready_w = os.pipe()
        errors = tempfile.TemporaryFile()
        env = worker_env(seed)
        env[MARKER] = "-" * MARKER_ROOM  # room that each worker overwrites with its folder
        judge_root = str(Path(__file__).resolve().parents[2])
        proc = subprocess.Popen(
            [sys.executable, "-s", "-P", "-c", BOOTSTRAP.format(root=judge_root),
             str(theirs.fileno()), str(ready_w), ",".join(preload)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors,
            env=env, pass_fds=(theirs.fileno(), ready_w), start_new_session=True)
        theirs.close()
        os.close(ready_w)
        zygote = cls(seed, ours, proc, ready_r)
        zygote.errors = errors
        return zygote

    def wait_ready(self, timeout: float = START_S) -> None:
        with self.starting:  # threads of one process (the pad's console) share a zygote
            self._wait_ready(timeout)

    def _wait_ready(self, timeout: float) -> None:
        if self.ready:
            return
        ready, _, _ = select.select([self.ready_fd], [], [], timeout)
        line = os.read(self.ready_fd, 16) if ready else b""
        if line != b"ready\n":
            tail = ""
            if self.errors is not None:
                self.errors.seek(0)
                tail = self.errors.read()[-2000:].decode("utf-8", "replace").strip()
            raise ZygoteFailed("the worker zygote did not start" + (f": {tail}" if tail else
                                                                     " in time"))
        os.close(self.ready_fd)
        self.ready = True

    def request(self, message: dict[str, Any], fds: list[int]) -> None:
        self.wait_ready()
        super().request(message, fds)

    def holder(self, preload: tuple[str, ...] = ()) -> Holder:
        return Holder(self, preload)

    def close(self) -> None:
        """End the zygote (only the process that started it does; forked copies
        of this object just drop their socket)."""
        self.control.close()
        if self.proc is None or os.getpid() != self.owner:
            return
        if not self.ready:
            os.close(self.ready_fd)
        self.proc.kill()
        self.proc.wait()
        if self.errors is not None:
            self.errors.close()

    @property
    def running(self) -> bool:
        """False once a zygote this process started has exited."""
        return self.proc is None or os.getpid() != self.owner or self.proc.poll() is None


class Holder(Forker):
    """A child of a zygote that holds one speed input for the workers it forks."""

    def __init__(self, zygote: Zygote, preload: tuple[str, ...] = (),
                 timeout: float = START_S) -> None:
        self.seed = zygote.seed
        ours, theirs = socket.socketpair()
        try:
            zygote.request({"op": "holder", "preload": list(preload)}, [theirs.fileno()])
        finally:
            theirs.close()
        ours.settimeout(timeout)
        try:
            message, fds = recv_json(ours, with_fds=True)
        except (OSError, EOFError, ValueError) as exc:
            ours.close()
            raise ZygoteFailed(f"the input holder did not start ({exc})") from None
        self.pid = int(message["pid"])
        self.control = socket.socket(fileno=fds[0])
        self.channel = ours

    def stash(self, key: str, args: tuple[Any, ...], kwargs: dict[str, Any],
              timeout: float = 120.0) -> None:
        """Send the input once; workers forked afterwards have it under ``key``."""
        self.stash_frame(key, dumps_args((args, kwargs)), timeout)

    def stash_frame(self, key: str, frame: bytes, timeout: float = 120.0) -> None:
        """:meth:`stash` of an input already pickled (``dumps_args((args, kwargs))``)."""
        self.channel.settimeout(timeout)
        try:
            send_json(self.channel, {"op": "stash", "key": key})
            send_frame(self.channel, frame)
            answer, _ = recv_json(self.channel)
        except (OSError, EOFError, ValueError) as exc:
            raise ZygoteFailed(f"the input holder failed to take the input ({exc})") from None
        if answer.get("stashed") != key:
            raise ZygoteFailed(f"the input holder answered {answer!r}")

    def close(self) -> None:
        """The holder sees its channel close, kills its workers and exits."""
        self.control.close()
        self.channel.close()


class Zygotes:
    """This process's zygotes, by hash seed, started on first use. Processes
    forked from this one (grading runs) use the same zygotes."""

    def __init__(self, preload: tuple[str, ...] = PRELOAD) -> None:
        self.by_seed: dict[int, Zygote] = {}
        self.lock = threading.Lock()
        self.preload = preload

    def get(self, seed: int) -> Zygote:
        with self.lock:
            zygote = self.by_seed.get(seed)
            if zygote is None or not zygote.running:
                zygote = self.by_seed[seed] = Zygote.spawn(seed, self.preload)
            return zygote

    def adopt(self, seed: int, fd: int) -> None:
        """Use a zygote another process started (its control socket was inherited)."""
        with self.lock:
            self.by_seed[seed] = Zygote(seed, socket.socket(fileno=fd))

    def start(self, *seeds: int) -> None:
        """Start these zygotes now (they import in parallel with the caller)."""
        for seed in seeds:
            self.get(seed)

    def close(self) -> None:
        with self.lock:
            for zygote in self.by_seed.values():
                zygote.close()
            self.by_seed.clear()


ZYGOTES = Zygotes()
atexit.register(ZYGOTES.close)


class WorkerProcess:
    """One worker for one submission; restartable after it dies. ``source`` is
    the holder to fork from (a speed input already in it); by default the
    zygote of ``hash_seed``."""

    def __init__(self, submission: Path, entry: str, kind: str, limits: Limits,
                 workdir: Path, hash_seed: int = 0, also: tuple[str, ...] = (),
                 hidden: tuple[Path, ...] = (), source: Forker | None = None) -> None:
        self.submission = submission
        self.also = also
        self.hidden = hidden  # folders the worker must not read (the problem package)
        self.confinement = "unknown"
        self.entry = entry
        self.kind = kind
        self.limits = limits
        self.workdir = workdir
        self.source = source
        self.hash_seed = source.seed if source is not None else hash_seed
        self.pid: int | None = None
        self.status: int | None = None  # the wait status, once the zygote reported it
        self.channel: socket.socket | None = None  # the zygote's reports on this worker
        self.to_worker = -1
        self.from_worker = -1
        self.output_path = workdir / "output.log"

    # -- life cycle -------------------------------------------------------
    def start(self) -> Loaded | CompileFailed | Raised | Died:
        self.close()
        self.workdir.mkdir(parents=True, exist_ok=True)
        try:
            self._fork()
        except ZygoteFailed as exc:
            self.close()
            return Died("protocol", str(exc))
        reply = self._request(("load", str(self.submission), self.entry, self.kind, self.also),
                              self.limits.load_timeout_s)
        if isinstance(reply, Loaded):
            self.confinement = reply.confinement
        if isinstance(reply, (Loaded, CompileFailed, Raised, Died)):
            return reply
        return Died("protocol", "the worker answered the load request with a call reply")

    def _fork(self) -> None:
        """Ask the zygote (or holder) for a worker on two fresh pipes."""
        source = self.source or ZYGOTES.get(self.hash_seed)
        down_r, down_w = os.pipe()
        up_r, up_w = os.pipe()
        for fd in (down_w, up_w):
            _widen_pipe(fd)
        os.set_blocking(down_w, False)  # _write never blocks past its deadline
        self.to_worker, self.from_worker = down_w, up_r
        limits = self.limits
        env = {**worker_env(self.hash_seed), "HOME": str(self.workdir),
               "TMPDIR": str(self.workdir),
               MARKER: str(self.workdir.resolve())}  # how kill_strays finds what it left
        spec = {"workdir": str(self.workdir), "env": env, "confine": self._confine_spec(),
                "limits": {"cpu_s": limits.cpu_s, "memory_mb": limits.memory_mb,
                           "file_mb": limits.file_mb, "nproc": limits.nproc,
                           "output_kb": limits.output_kb}}
        ours, theirs = socket.socketpair()
        log = os.open(self.output_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            source.request({"op": "worker", "spec": spec}, [theirs.fileno(), down_r, up_w, log])
        finally:
            for fd in (down_r, up_w, log):
                os.close(fd)
            theirs.close()
        self.channel = ours
        ours.settimeout(START_S)
        try:
            message, _ = recv_json(ours)
            self.pid = int(message["pid"])
        except (OSError, EOFError, ValueError, KeyError) as exc:
            raise ZygoteFailed(f"the worker zygote did not fork a worker ({exc})") from None
        self.status = None

    def _confine_spec(self) -> str:
        """The worker's confinement request (empty: none, with JUDGE_NO_CONFINE=1)."""
        if os.environ.get(ENV_NO_CONFINE):
            return ""
        return json.dumps({"submission": str(self.submission.resolve()),
                           "package": str(Path(__file__).resolve().parents[1]),
                           "hidden": [str(h) for h in self.hidden]})

    def wait_status(self, timeout: float) -> int | None:
        """The worker's wait status once it has ended (from its zygote), else None."""
        if self.status is not None or self.channel is None:
            return self.status
        try:
            ready, _, _ = select.select([self.channel], [], [], timeout)
            if ready:
                self.channel.settimeout(5.0)
                message, _ = recv_json(self.channel)
                self.status = int(message["exit"])
        except (OSError, EOFError, ValueError, KeyError):
            self.status = -1  # the zygote itself is gone, and so is the worker
        return self.status

    @property
    def alive(self) -> bool:
        return self.pid is not None and self.wait_status(0) is None

    def close(self) -> None:
        if self.pid is None:
            return
        if self.alive:
            try:
                os.write(self.to_worker, HEADER.pack(len(b := dumps_args(("exit",)))) + b)
            except OSError:
                pass
        self._kill()
        for fd in (self.to_worker, self.from_worker):
            try:
                os.close(fd)
            except OSError:
                pass
        if self.channel is not None:
            self.channel.close()
        self.to_worker = self.from_worker = -1
        self.channel = None
        self.pid = None

    def _kill(self) -> None:
        """SIGKILL the worker, everything below it, its process group, and any
        process that still carries this worker's marker (a child that left the
        group with setsid, or whose parent died and left it with init)."""
        assert self.pid is not None
        for pid in descendants(self.pid):
            _sigkill(pid)
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        _sigkill(self.pid)
        kill_strays(str(self.workdir.resolve()))
        self.wait_status(5.0)

    # -- calls ------------------------------------------------------------
    def call(self, target: Any, args: tuple[Any, ...], kwargs: dict[str, Any] | None = None,
             *, timeout: float | None = None, check_mutation: bool = True,
             cpu_limit: float | None = None) -> Reply:
        """One call. ``cpu_limit``: the call is also stopped once the worker has
        spent that many CPU seconds on it (read from the kernel), whatever the load."""
        if not self.alive:
            return Died("exit", "the worker is not running")
        message = ("call", target, args, kwargs or {}, {"check_mutation": check_mutation})
        return self._request(message, timeout or self.limits.call_timeout_s, cpu_limit)

    def batch(self, target: Any, args_list: list[tuple[Any, ...]], *, timeout: float,
              check_mutation: bool = True) -> Reply:
        """Many calls in one round trip (see the worker's "batch")."""
        if not self.alive:
            return Died("exit", "the worker is not running")
        return self._request(("batch", target, args_list, {"check_mutation": check_mutation}),
                             timeout)

    def replay(self, code: str, *, timeout: float | None = None) -> Reply:
        """Run a reproduce line (Python source) in this worker; its last value or raise."""
        if not self.alive:
            return Died("exit", "the worker is not running")
        return self._request(("replay", code), timeout or self.limits.call_timeout_s)

    # -- timing (see judge.speed.measure) ------------------------------------------
    def set_driver(self, source: str, name: str) -> Reply:
        """For a class problem: the workload function that ``run`` calls."""
        return self._request(("driver", source, name), 30.0)

    def cpu_ns(self) -> int:
        """The worker's CPU time so far, from the kernel: it cannot be faked from inside."""
        assert self.pid is not None
        return time.clock_gettime_ns(((~self.pid) << 3) | 2)  # CPUCLOCK_SCHED of pid

    def settled_cpu_ns(self, wait_s: float = SETTLE_S) -> int:
        """:meth:`cpu_ns` once the worker has stopped running (it is back waiting for
        its next request). The kernel adds a running thread's latest stretch to its
        process's clock only when the thread stops or at a scheduler tick (the worker's
        own process_time read 0 ns over 2 ms batches here), so a read just after the
        reply, while the worker was still on its way back to read(), could miss part
        or all of a short batch: one batch read 0 ns in `judge verify`, and the log
        of its ratio failed the check as Judge Error."""
        deadline = time.monotonic() + wait_s
        while self._running() and time.monotonic() < deadline:
            os.sched_yield()
        return self.cpu_ns()

    def _running(self) -> bool:
        """Whether the worker's main thread is running or runnable ("R" in /proc)."""
        try:
            with open(f"/proc/{self.pid}/stat", "rb") as stat:
                return stat.read().rpartition(b")")[2].split(None, 1)[0] == b"R"
        except (OSError, IndexError):
            return False

    def _cpu_used(self, since: int) -> int:
        try:
            return self.cpu_ns() - since
        except OSError:  # the worker is gone: its end is read from the pipe
            return 0

    def timed_run(self, keys: list[str], repeat: int, timeout: float,
                  memory: bool = False) -> Timed | Reply:
        """Prepare (untimed) the stashed inputs ``keys``, one per call, then time
        ``repeat`` calls on them; with ``memory``, also the peak resident memory
        the calls added (from outside). The results' prints come afterwards,
        untimed."""
        prepared = self._request(("prepare", list(keys)), 120.0)
        if not (isinstance(prepared, Ack) and prepared.tag == "prepared"):
            return prepared
        baseline = self.reset_peak_memory() if memory else None
        before = self.settled_cpu_ns()
        reply = self._request(("run", None, repeat), timeout)
        if not (isinstance(reply, Ack) and reply.tag == "ran"):
            return reply
        try:
            cpu = self.settled_cpu_ns() - before
        except OSError:  # it ended just after its reply (a thread of the submission's)
            ended = self._request(("prints",), 5.0)
            return ended if isinstance(ended, Died) else Died(
                "exit", "the worker ended right after the timed calls")
        growth = None
        if baseline is not None:
            peak = self._status_kib("VmHWM")
            growth = None if peak is None else max(0, peak - baseline)
        prints = self._request(("prints",), max(timeout, 30.0))
        if not isinstance(prints, Prints) or len(prints.prints) != repeat:
            return prints if not isinstance(prints, Prints) else Died(
                "protocol", "the worker sent the wrong number of prints")
        return Timed(cpu, reply.value, repeat, growth, prints.prints)

    def profile(self, key: str, interval_s: float, timeout: float) -> Profiled | Reply:
        """One call on the stashed input ``key``, sampled (the worker's ``profile``)."""
        prepared = self._request(("prepare", [key]), 120.0)
        if not (isinstance(prepared, Ack) and prepared.tag == "prepared"):
            return prepared
        return self._request(("profile", interval_s), timeout)

    def reset_peak_memory(self) -> int | None:
        """Reset the kernel's peak-RSS mark of the worker (``/proc/PID/clear_refs``,
        value 5) and return its resident memory now, in KiB; None where the kernel
        does not allow it. The submission cannot reach either number."""
        if self.pid is None:
            return None
        try:
            with open(f"/proc/{self.pid}/clear_refs", "w") as handle:
                handle.write("5")
        except OSError:
            return None
        return self._status_kib("VmRSS")

    def _status_kib(self, key: str) -> int | None:
        if self.pid is None:
            return None
        try:
            status = Path(f"/proc/{self.pid}/status").read_text()
        except OSError:
            return None
        for line in status.splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
        return None

    def _request(self, message: tuple[Any, ...] | bytes, timeout: float,
                 cpu_limit: float | None = None) -> Reply:
        payload = message if isinstance(message, bytes) else dumps_args(message)
        started = time.perf_counter()
        cpu_start = self.cpu_ns() if cpu_limit is not None else 0
        try:
            self._write(HEADER.pack(len(payload)) + payload, started + timeout)
            waited = self._wait_for_reply(started + timeout, timeout,
                                          None if cpu_limit is None else (cpu_start, cpu_limit))
            if isinstance(waited, Died):
                return waited
            if not waited:
                return self._timed_out(timeout)
            # The worker has started to answer: the transfer gets its own time.
            transfer_deadline = time.perf_counter() + TRANSFER_S
            (size,) = HEADER.unpack(self._read(HEADER.size, transfer_deadline))
            if size > MAX_REPLY:
                self._kill()
                return Died("protocol", f"the reply was {size:,} bytes, over the 1 GiB cap")
            body = self._read(size, transfer_deadline)
        except TimeoutError:
            return self._timed_out(timeout)
        except (EOFError, BrokenPipeError):
            return self._death()
        seconds = time.perf_counter() - started
        try:
            decoded = loads_plain(body)
        except Exception as exc:
            self._kill()
            return Died("protocol", f"the worker's reply could not be decoded ({exc})")
        return parse_reply(decoded, seconds)

    def _wait_for_reply(self, deadline: float, timeout: float,
                        cpu: tuple[int, float] | None = None) -> bool | Died:
        """Wait until the worker starts to answer. A call that is out of time
        while holding much memory gets one grace period: on a slow machine a
        memory bomb may need longer than the call limit to reach the memory
        limit, and then it is a memory verdict, not a hang. ``cpu``: (the
        worker's CPU clock at the start, the call's CPU seconds), checked
        every CPU_POLL_S."""
        grace_used = False
        while True:
            remaining = deadline - time.perf_counter()
            if remaining > 0:
                wait = remaining if cpu is None else min(remaining, CPU_POLL_S)
                ready, _, _ = select.select([self.from_worker], [], [], wait)
                if ready:
                    return True
                if cpu is not None and self._cpu_used(cpu[0]) > cpu[1] * 1e9:
                    self._kill()
                    return Died("cpu", f"used over {cpu[1]:.3g} s of CPU time on one call",
                                self.raw_output())
                continue
            peak = self.peak_memory_mb()
            if grace_used or peak is None or peak < self.limits.memory_mb * GRACE_MEMORY:
                return False
            grace_used = True
            deadline = time.perf_counter() + max(timeout, MIN_GRACE_S)

    def _timed_out(self, timeout: float) -> Died:
        peak_mb = self.peak_memory_mb()
        self._kill()
        if peak_mb is not None and peak_mb >= self.limits.memory_mb * MEMORY_EVIDENCE:
            return Died("memory", f"was still allocating memory when its time ran out (peak"
                        f" {peak_mb:,} MiB of the {self.limits.memory_mb:,} MiB limit)",
                        self.raw_output())
        return Died("timeout", f"no answer within {timeout:.3g} s", self.raw_output())

    def _write(self, data: bytes, deadline: float) -> None:
        view = memoryview(data)
        while view:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError
            _, ready, _ = select.select([], [self.to_worker], [], remaining)
            if not ready:
                raise TimeoutError
            try:
                view = view[os.write(self.to_worker, view[:PIPE_SIZE]):]
            except BlockingIOError:
                continue

    def _read(self, n: int, deadline: float) -> bytes:
        chunks: list[bytes] = []
        while n:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError
            ready, _, _ = select.select([self.from_worker], [], [], remaining)
            if not ready:
                raise TimeoutError
            chunk = os.read(self.from_worker, min(n, 1 << 20))
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def _death(self) -> Died:
        """The pipe closed: find out how the process ended."""
        status = self.wait_status(2.0)
        if status is None:
            self._kill()
            return Died("protocol", "the worker closed its pipe but kept running",
                        self.raw_output())
        self._kill()  # its children too
        output = self.raw_output()
        code = os.waitstatus_to_exitcode(status) if status >= 0 else -signal.SIGKILL
        if code < 0:
            sig = -code
            if sig == signal.SIGXCPU:
                return Died("cpu", f"used up its {self.limits.cpu_s} s of CPU time", output)
            if sig == signal.SIGXFSZ:
                return Died("signal", f"wrote a file over the {self.limits.file_mb} MiB limit"
                            " (SIGXFSZ)", output)
            if sig == signal.SIGKILL:
                return Died("memory", "was killed by the system (SIGKILL), most likely for"
                            " using too much memory", output)
            return Died("signal", f"crashed with {signal_name(sig)}", output)
        return Died("exit", f"ended the process with exit code {code}", output)

    def peak_memory_mb(self) -> int | None:
        """The worker's peak resident memory, read from outside (Linux /proc)."""
        peak = self._status_kib("VmHWM")
        return None if peak is None else peak // 1024

    def raw_output(self) -> Output:
        """What was written straight to the worker's stdout/stderr file descriptors."""
        try:
            size = self.output_path.stat().st_size
            with open(self.output_path, "rb") as handle:
                head = handle.read(RAW_OUTPUT_SHOWN)
        except OSError:
            return Output()
        return Output(head.decode("utf-8", "replace"), size)

    def __enter__(self) -> WorkerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
