"""The warm grading service: same verdicts as a cold check, reloads what changed,
and when it dies (even by SIGKILL, mid-check) it takes its processes with it and
the check still gets its answer."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from judge.grading import service
from judge.grading.runner import check
from judge.grading.verdicts import Verdict
from judge.packages.format import find_problem

from .conftest import PROBLEMS, descendants

MOST_PLAYED = PROBLEMS / "most_played_track"


def judge(*args: str, env: dict[str, str] | None = None, timeout: float = 120
          ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "judge", *args], capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})},
                          check=False)


@pytest.fixture
def problems(tmp_path: Path) -> Path:
    """A private problems folder (its own service, which the test stops)."""
    root = tmp_path / "problems"
    shutil.copytree(MOST_PLAYED, root / "most_played_track",
                    ignore=shutil.ignore_patterns("__pycache__"))
    yield root
    service.stop(root)


def test_daemon_start_status_stop(problems: Path) -> None:
    assert "No grading service" in judge("--problems", str(problems), "daemon", "status").stdout
    started = judge("--problems", str(problems), "daemon", "start")
    assert started.returncode == 0, started.stderr
    state = service.status(problems)
    assert state is not None and state["root"] == str(problems.resolve())
    socket_path = service.Address.of(problems).socket
    assert stat.S_IMODE(socket_path.stat().st_mode) & 0o077 == 0, "the socket is private"
    assert stat.S_IMODE(socket_path.parent.stat().st_mode) == 0o700
    assert "runs (pid" in judge("--problems", str(problems), "daemon", "status").stdout
    assert "Stopped" in judge("--problems", str(problems), "daemon", "stop").stdout
    assert service.status(problems) is None


def test_a_warm_check_gives_the_cold_verdict(problems: Path) -> None:
    problem = find_problem(problems, "most_played_track")
    planted = problem.planted / "wrong_answer" / "ties_by_id.py"
    cold = check(problem, planted, speed=False)
    service.start(problems)
    warm = check(problem, planted, speed=False)
    state = service.status(problems)
    assert state is not None and state["checks"] == 1 and state["problems"] == [
        "most_played_track"]
    assert warm.verdict is cold.verdict is Verdict.WRONG_ANSWER
    assert warm.failure is not None and cold.failure is not None
    assert (warm.failure.call, warm.failure.expected, warm.failure.actual) == (
        cold.failure.call, cold.failure.expected, cold.failure.actual)
    quick = check(problem, problem.reference, quick=True)
    assert quick.verdict is Verdict.ACCEPTED and quick.speed is None


def test_a_changed_package_is_reloaded(problems: Path) -> None:
    problem = find_problem(problems, "most_played_track")
    planted = problem.planted / "wrong_answer" / "empty_returns_none.py"
    service.start(problems)
    assert check(problem, planted, speed=False).verdict is Verdict.WRONG_ANSWER
    # The package changes on disk: the test that caught it goes.
    examples = problem.tests / "test_1_examples.py"
    text = examples.read_text()
    assert "test_empty_raises = " in text
    examples.write_text(text.replace("test_empty_raises = ", "_not_a_test_empty_raises = "))
    time.sleep(0.01)
    assert check(problem, planted, speed=False).verdict is Verdict.ACCEPTED


def test_a_killed_service_leaves_nothing_and_the_check_still_answers(problems: Path) -> None:
    """SIGKILL mid-check: the check falls back to a cold one and answers; every
    process of the service (zygotes, loaders, the check, its workers) ends."""
    state = service.start(problems)
    pid = int(state["pid"])
    hang = Path(__file__).parent / "hostile" / "infinite_loop.py"
    proc = subprocess.Popen(
        [sys.executable, "-m", "judge", "--problems", str(problems), "check",
         "most_played_track", "--file", str(hang), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "JUDGE_NO_SPEED": "1"})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until a worker of the check runs
        if any(_is_worker(p) for p in descendants(pid)):
            break
        time.sleep(0.05)
    else:
        pytest.fail("the check never reached a worker")
    family = descendants(pid)
    os.kill(pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=120)
    assert '"verdict": "Time Limit Exceeded"' in out, err
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (alive := [p for p in family if _alive(p)]):
        time.sleep(0.05)
    assert not alive, f"processes of the killed service still run: {alive}"
    assert judge("--problems", str(problems), "check", "most_played_track", "--file",
                 str(MOST_PLAYED / "reference.py"), env={"JUDGE_NO_SPEED": "1"}).returncode == 0


def _alive(pid: int) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


def _is_worker(pid: int) -> bool:
    try:
        return b"JUDGE_WORKDIR=/" in Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return False


def test_two_grading_children_share_the_items_each_once() -> None:
    """Two processes draining one ItemQueue take every item, none twice."""
    from judge.grading.loader import ItemQueue

    queue = ItemQueue(500)
    pipes = []
    for _ in range(2):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(read)
            taken = list(iter(queue.take, None))
            os.write(write, ",".join(map(str, taken)).encode())
            os._exit(0)
        os.close(write)
        pipes.append((pid, read))
    queue.close()
    taken: list[int] = []
    for pid, read in pipes:
        with os.fdopen(read, "rb") as pipe:
            data = pipe.read().decode()
        os.waitpid(pid, 0)
        taken += [int(index) for index in data.split(",") if index]
    assert sorted(taken) == list(range(500))


def test_a_shared_run_lists_its_tests_in_collection_order() -> None:
    """The merged report reads as one run's: the earliest failing item decides."""
    from judge.grading.loader import merge_reports
    from judge.grading.outcomes import Kind
    from judge.grading.report import Report, TestRecord
    from judge.grading.verdicts import decide

    def record(name: str, kind: Kind | None = None) -> TestRecord:
        return TestRecord(nodeid=name, name=name, doc="", outcome="failed" if kind else "passed",
                          kind=kind, details={"reason": name} if kind else None)

    first = Report(exitstatus=1, collected=4, tests=(record("a"), record("c", Kind.RUNTIME_ERROR)))
    second = Report(exitstatus=1, collected=4,
                    tests=(record("b", Kind.WRONG_ANSWER), record("d")))
    merged = merge_reports(["a", "b", "c", "d"], [first, second])
    assert [t.nodeid for t in merged.tests] == ["a", "b", "c", "d"]
    verdict, failure, passed, total = decide(merged)
    assert verdict is Verdict.WRONG_ANSWER and (passed, total) == (2, 4)
    assert failure is not None and failure.reason == "b"


@pytest.mark.parametrize("planted", ["wrong_answer/ties_by_id.py",
                                     "wrong_answer/last_play_wins_ties.py",
                                     "runtime_error/index_error.py", "accepted/counter.py"])
def test_a_shared_run_gives_the_verdict_of_one_run(planted: str) -> None:
    """Two grading children sharing the items (a check alone on the machine) reach
    the verdict of one child running them all (a check beside others:
    recheck_after). The evidence may differ: sharing, every property runs its
    full budget after a failure elsewhere, and the smallest input found is shown."""
    problem = find_problem(PROBLEMS, "most_played_track")
    path = problem.planted / planted
    shared = check(problem, path, speed=False)
    alone = check(problem, path, speed=False, recheck_after=True)
    assert shared.verdict is alone.verdict
    assert shared.verdict.name.lower() == planted.split("/")[0]
    assert (shared.failure is None) is (alone.failure is None)
    assert shared.tests_total == alone.tests_total


def test_a_run_that_stops_leaves_no_item_to_the_other() -> None:
    """After a stop (a shrunk counterexample), the other run takes nothing more."""
    from judge.grading.loader import ItemQueue

    queue = ItemQueue(100)
    assert queue.take() == 0
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child: the run that stops
        queue.drain()
        os._exit(0)
    os.waitpid(pid, 0)
    assert queue.take() is None
    queue.close()
