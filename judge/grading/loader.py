"""The loader: one problem's hidden tests, collected once, forked once per check.

A loader is a process of its own (``python -c ... loader``, started by
:class:`judge.grading.engine.Engine`). It runs ``pytest.main`` over the
problem's tests with :mod:`judge.grading.plugin`; once collection is done, the
:class:`Serve` plugin takes over the test loop and serves requests instead::

    loader (pytest session: tests collected, Hypothesis and numpy imported)
      | request on the control socket + the requester's socket
      +-- check child (fork): snapshot -> correctness -> speed -> CheckResult
            +-- grading children (fork, two on two cores): run the collected
            |   items once between them, each taking the next item when it is
            |   free, with the submission in a worker forked by the zygote -> report
            +-- recheck child (fork, beside them): the same under hash seed + 1,
                fewer examples, no big inputs

Frames the check child sends to the requester (8-byte length, then a tag):
``P`` + JSON [done, total, text] (speed progress), ``R`` + a pickled
:class:`CheckResult`, or ``E`` + the text of a harness failure (a Judge Error).
The requester closing its socket stops the check (SIGIO, then cleanup).

The submission never runs here: every call goes to a worker forked by the
clean zygote (judge.isolation.zygote), never from this process, which holds
the reference and the hidden tests.
"""

from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import json
import os
import pickle
import select
import signal
import socket
import struct
import sys
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from judge.grading.outcomes import Kind
from judge.grading.plugin import PROBLEM_KEY, RUN_KEY, Recorder, RunOptions, use_profile
from judge.grading.report import MalformedReport, Report
from judge.grading.verdicts import (
    CheckResult,
    Failure,
    Verdict,
    decide,
    speed_verdict,
    summarize,
)
from judge.isolation.zygote import HEADER, die_with_parent, send_frame

if TYPE_CHECKING:
    from judge.speed.measure import Progress

BUDGET_S = 600.0  # a grading run's hard limit (pytest-timeout per test, and the watchdog)
NONDETERMINISTIC = ("non-deterministic: every hidden test passed with PYTHONHASHSEED={first},"
                    " but with PYTHONHASHSEED={second} this failed: {reason}. The answer"
                    " depends on the order of a set or dict (or on hash values): sort, or"
                    " break ties explicitly")


# -- in the check child --------------------------------------------------------
class ItemQueue:
    """The items of one check's correctness run, shared by its grading children:
    each takes the next when it is free, so two children on two cores split the
    tests whatever their lengths. A pipe, filled before the fork and closed for
    writing: reading one record is atomic, and an empty pipe reads as the end."""

    RECORD = struct.Struct("=I")
    CAPACITY = 60_000 // RECORD.size  # under a pipe's 64 KiB: filling it never blocks

    def __init__(self, count: int) -> None:
        read, write = os.pipe()
        try:
            os.write(write, b"".join(self.RECORD.pack(index) for index in range(count)))
        finally:
            os.close(write)
        self.read_fd = read

    def take(self) -> int | None:
        data = os.read(self.read_fd, self.RECORD.size)
        return self.RECORD.unpack(data)[0] if len(data) == self.RECORD.size else None

    def drain(self) -> None:
        """Take every item left: a run that stopped stops the other after its
        current item, as one run would not have gone past the stop."""
        while os.read(self.read_fd, 1 << 16):
            pass

    def close(self) -> None:
        if self.read_fd >= 0:
            os.close(self.read_fd)
            self.read_fd = -1


class GradingChild:
    """A grading run forked from the check child; its report comes back on a pipe.
    With ``queue``, it runs only the items it takes from it."""

    def __init__(self, session: pytest.Session, options: RunOptions, log: Path,
                 queue: ItemQueue | None = None) -> None:
        self.log = log
        read, write = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            os.close(read)
            try:
                die_with_parent()
                out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(out, 1)
                os.dup2(out, 2)
                data = run_items(session, options, queue).to_json().encode()
                with os.fdopen(write, "wb") as pipe:
                    pipe.write(HEADER.pack(len(data)) + data)
            finally:
                os._exit(0)
        os.close(write)
        self.pid = pid
        self.read_fd = read

    def wait(self, timeout: float = BUDGET_S + 30) -> tuple[Report | None, str]:
        """(the report or None, the run's log), killing the run at the deadline;
        why a report that came could not be read is in the log."""
        deadline = time.monotonic() + timeout
        chunks: list[bytes] = []
        while True:
            remaining = deadline - time.monotonic()
            ready, _, _ = select.select([self.read_fd], [], [], max(remaining, 0))
            if not ready:
                break
            chunk = os.read(self.read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        self.kill()
        data = b"".join(chunks)
        report: Report | None = None
        malformed = ""
        if len(data) >= HEADER.size and len(data) == HEADER.size + HEADER.unpack(
                data[:HEADER.size])[0]:
            try:
                report = Report.from_json(data[HEADER.size:])
            except MalformedReport as exc:
                malformed = f"the grading report is malformed: {exc}\n"
        try:
            log = self.log.read_bytes()[-20_000:].decode("utf-8", "replace")
        except OSError:
            log = ""
        return report, malformed + log

    def kill(self) -> None:
        if self.pid <= 0:
            return
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.read_fd)
        self.pid = -1


def _recorder(session: pytest.Session) -> Recorder:
    recorder = session.config.pluginmanager.get_plugin("judge-recorder")
    assert isinstance(recorder, Recorder)
    return recorder


def run_items(session: pytest.Session, options: RunOptions,
              queue: ItemQueue | None = None) -> Report:
    """In a grading child: run the collected tests once against one submission
    (with ``queue``: those it takes from the queue, in the order they come)."""

    config = session.config
    config.stash[RUN_KEY] = options
    use_profile(session, "judge-hunt" if options.short else "judge")
    recorder = _recorder(session)
    if not recorder.tests:  # a collection error is already recorded: it decides
        session.shouldstop = session.shouldfail = False
        items = session.items
        indices = range(len(items)) if queue is None else iter(queue.take, None)
        for index in indices:
            item = items[index]
            if queue is not None:
                # The item run before may have been set up for a neighbour the other
                # child took: tear down what this one does not share with it (what
                # pytest's own loop does with the next item it knows).
                session._setupstate.teardown_exact(item)
            following = items[index + 1] if index + 1 < len(items) else None
            item.config.hook.pytest_runtest_protocol(item=item, nextitem=following)
            if session.shouldfail or session.shouldstop:
                if queue is not None:
                    queue.drain()
                break
        if queue is not None:
            session._setupstate.teardown_exact(None)  # the session's fixtures: the worker
    return recorder.data(session, 0)


def merge_reports(nodeids: list[str], reports: list[Report]) -> Report:
    """One report of the grading children that shared the items, its tests in the
    order the items were collected (``nodeids``), as one child running them all
    would list them: the first failure decides, as it would there."""
    order = {nodeid: index for index, nodeid in enumerate(nodeids)}
    tests = sorted((test for report in reports for test in report.tests),
                   key=lambda test: order.get(test.nodeid, -1))
    first = reports[0]
    return dataclasses.replace(first, tests=tuple(tests),
                               exitstatus=max(report.exitstatus for report in reports))


class CorrectnessRun:
    """The correctness run of one check: one grading child, or two sharing the items
    (``split``, when the other core is free), seen as one."""

    def __init__(self, session: pytest.Session, options: RunOptions, rundir: Path,
                 split: bool) -> None:
        count = len(session.items)
        split = split and 1 < count <= ItemQueue.CAPACITY and not _recorder(session).tests
        queue = ItemQueue(count) if split else None
        self.children = [GradingChild(session, options, rundir / "grading.log", queue)]
        if queue is not None:
            (rundir / "second").mkdir()
            second = dataclasses.replace(options, workdir=rundir / "second" / "worker")
            self.children.append(GradingChild(session, second, rundir / "grading-2.log",
                                              queue))
            queue.close()
        self.session = session

    def wait(self) -> tuple[Report | None, str]:
        results = [child.wait() for child in self.children]
        logs = "\n".join(log for _, log in results if log)
        reports = [report for report, _ in results]
        if any(report is None for report in reports):
            return None, logs
        return merge_reports([item.nodeid for item in self.session.items],
                             [r for r in reports if r is not None]), logs

    def kill(self) -> None:
        for child in self.children:
            child.kill()


def run_check(session: pytest.Session, request: dict[str, Any],
              progress: Progress | None) -> CheckResult:
    """One check (in the check child): correctness, the hash-seed recheck beside
    it, then speed for a correct submission. ``request`` is the requester's."""
    problem = session.config.stash[PROBLEM_KEY]
    rundir = Path(request["rundir"])
    snapshot = rundir / "solution.py"
    seed = int(request.get("hash_seed", 0))
    quick = bool(request.get("quick"))
    started = time.perf_counter()
    source = snapshot.read_bytes()
    recheck: GradingChild | None = None
    wanted = bool(request.get("recheck", True)) and not quick
    # Beside the main run, on the other core; or, when the requester's other checks
    # keep every core busy (verify), after it and only if it passed: a recheck
    # beside a run that fails is thrown away, and took a core from another check.
    # Likewise the main run is shared by two grading children only when this
    # check has the machine to itself.
    after = bool(request.get("recheck_after"))
    main = CorrectnessRun(session, RunOptions(snapshot, rundir / "worker", seed, quick),
                          rundir, split=not after)

    def start_recheck() -> GradingChild:
        (rundir / "recheck").mkdir()
        return GradingChild(session, RunOptions(snapshot, rundir / "recheck" / "worker",
                                                seed + 1, True), rundir / "recheck.log")

    if wanted and not after:
        recheck = start_recheck()
    # Imported once the grading runs are forked, while they run (the service has it).
    from judge.speed.measure import SpeedReport, measure

    speed_report: SpeedReport | None = None
    confinement = ""
    try:
        report, log = main.wait()
        if report is None:
            failure: Failure | None = Failure(Kind.JUDGE_ERROR, "the grading run ended without a"
                                              " report", log=log)
            verdict, passed, total = Verdict.JUDGE_ERROR, 0, 0
        else:
            verdict, failure, passed, total = decide(report)
            confinement = report.confinement
            if failure is not None and verdict is Verdict.JUDGE_ERROR and not failure.log:
                failure = dataclasses.replace(failure, log=log)
        if wanted and verdict is Verdict.ACCEPTED:
            recheck = recheck or start_recheck()
            verdict, failure = recheck_verdict(*recheck.wait(), seed)
        speed = bool(request.get("speed", True)) and not quick
        if speed and problem.speed is not None and verdict is Verdict.ACCEPTED:
            speed_report = measure(problem, snapshot, rundir / "speed",
                                   verify_mode=bool(request.get("verify_mode")),
                                   progress=progress, profile=bool(request.get("profile")))
    finally:
        main.kill()
        if recheck is not None:
            recheck.kill()
    if speed_report is not None:
        verdict, failure = speed_verdict(speed_report)
    summary = summarize(verdict, failure, passed, total)
    if verdict is Verdict.ACCEPTED and speed_report is not None:
        summary += f"; {speed_report.summary()}"
    return CheckResult(
        problem=problem.slug, submission=str(request["submission"]), verdict=verdict,
        summary=summary, failure=failure, tests_passed=passed, tests_total=total,
        seconds=round(time.perf_counter() - started, 3),
        sha256=hashlib.sha256(source).hexdigest(), speed=speed_report, confinement=confinement)


def recheck_verdict(report: Report | None, log: str, hash_seed: int
                    ) -> tuple[Verdict, Failure | None]:
    """The verdict of an Accepted submission after its recheck under hash seed + 1."""
    if report is None:
        return Verdict.JUDGE_ERROR, Failure(Kind.JUDGE_ERROR, "the hash-seed recheck ended"
                                            " without a report", log=log)
    verdict, failure, _, _ = decide(report)
    if verdict is Verdict.ACCEPTED or failure is None:
        return Verdict.ACCEPTED, None
    if verdict is Verdict.JUDGE_ERROR:
        return verdict, dataclasses.replace(failure, log=failure.log or log)
    reason = NONDETERMINISTIC.format(first=hash_seed, second=hash_seed + 1,
                                     reason=failure.reason)
    return verdict, dataclasses.replace(failure, reason=reason)


def serve_check(session: pytest.Session, request: dict[str, Any], client: socket.socket
                ) -> None:
    """The check child's life: run the check, send frames, end."""

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    def progress(done: int, total: int, text: str) -> None:
        send_frame(client, b"P" + json.dumps([done, total, text]).encode())

    # The requester closing its end (Ctrl-C, a closed tab) makes the socket
    # readable: SIGIO stops the check, and its finally blocks clean up.
    signal.signal(signal.SIGIO, interrupted)
    fcntl.fcntl(client.fileno(), fcntl.F_SETOWN, os.getpid())
    fcntl.fcntl(client.fileno(), fcntl.F_SETFL,
                fcntl.fcntl(client.fileno(), fcntl.F_GETFL) | os.O_ASYNC)
    try:
        result = run_check(session, request, progress)
        signal.signal(signal.SIGIO, signal.SIG_IGN)
        send_frame(client, b"R" + pickle.dumps(result))
    except KeyboardInterrupt:
        pass
    except BaseException:  # a harness failure: the requester makes it a Judge Error
        try:
            send_frame(client, b"E" + traceback.format_exc()[-8000:].encode())
        except OSError:
            pass


# -- in the loader --------------------------------------------------------------
class Serve:
    """Once the tests are collected, serve checks instead of running them."""

    def __init__(self, control: socket.socket, preload: tuple[str, ...] = ()) -> None:
        self.control = control
        self.preload = preload
        self.children: set[int] = set()

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session: pytest.Session) -> bool:
        warm(session, self.preload)
        while True:
            self._reap()
            ready, _, _ = select.select([self.control], [], [], 1.0)
            if not ready:
                continue
            try:
                data, fds, _, _ = socket.recv_fds(self.control, 1 << 16, 4)
            except OSError:
                break
            if not data:
                break  # the engine is gone: so is this loader
            try:
                request = json.loads(data)
                client = socket.socket(fileno=fds[0])
            except (ValueError, IndexError):
                for fd in fds:
                    os.close(fd)
                continue
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - runs in the check child
                try:
                    die_with_parent()
                    self.control.close()
                    serve_check(session, request, client)
                finally:
                    os._exit(0)
            client.close()
            self.children.add(pid)
        for pid in self.children:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        return True

    def _reap(self) -> None:
        for pid in list(self.children):
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = pid
            if done:
                self.children.discard(pid)


def warm(session: pytest.Session, preload: tuple[str, ...] = ()) -> None:
    """Do once, here, what every grading child would otherwise do again: import
    what the harness imports on first use (Hypothesis' optimiser; numpy and scipy
    where asked: the service, not a cold check of a problem that may not need
    them), build the wire's dispatch table, and validate each property's
    strategies (``st.characters`` builds its tables then: seconds)."""
    from judge.isolation.wire import dumps_args
    from judge.packages.format import load_reference_names

    problem = session.config.stash[PROBLEM_KEY]
    if preload and problem.speed is not None:  # the service: its checks time too
        preload = (*preload, "judge.speed.measure", "scipy.special", "pytest_benchmark.stats")
    for name in (*preload, "hypothesis.internal.conjecture.optimiser"):
        try:
            __import__(name)
        except ImportError:
            pass
    dumps_args(())
    try:
        load_reference_names(problem)
    except Exception:
        pass  # the reference fixture reports it, as a Judge Error, in the grading run
    for item in session.items:
        handle = getattr(getattr(item, "obj", None), "hypothesis", None)
        for strategy in getattr(handle, "_given_kwargs", {}).values():
            try:
                strategy.validate()
            except Exception:
                pass  # the test itself reports an invalid strategy


def pytest_args(problem_dir: Path) -> list[str]:
    from judge.grading.runner import GRADING_INI

    return [str(problem_dir / "tests"), "-c", str(GRADING_INI), "--rootdir", str(problem_dir),
            "-p", "judge.grading.plugin", "-p", "_hypothesis_pytestplugin",
            "-p", "pytest_timeout", "-q", "--no-header", "-rN", "--import-mode=importlib",
            f"--timeout={int(BUDGET_S)}", "--timeout-method=thread",
            "--judge-problem", str(problem_dir)]


def main(argv: list[str]) -> None:
    """``loader PROBLEM_DIR CONTROL_FD ZYGOTES_JSON LOG PRELOAD``."""
    from judge.isolation.client import ZYGOTES

    problem_dir, control_fd, zygotes, log = Path(argv[1]), int(argv[2]), argv[3], argv[4]
    preload = tuple(name for name in argv[5].split(",") if name)
    die_with_parent()
    for seed, fd in json.loads(zygotes).items():
        ZYGOTES.adopt(int(seed), int(fd))
    out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(out, 1)
    os.dup2(out, 2)
    os.close(out)
    control = socket.socket(fileno=control_fd)
    pytest.main(pytest_args(problem_dir), plugins=[Serve(control, preload)])
    os._exit(0)
