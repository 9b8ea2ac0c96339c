"""`judge interview`: choosing problems, the round's logic on a fake clock, and the
real thing in a pseudo-terminal (the dashboard, a save, the scorecard)."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import pty
import random
import re
import select
import shutil
import signal
import sqlite3
import struct
import termios
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from judge.grading.verdicts import CheckResult, Verdict
from judge.isolation import environment
from judge.packages.format import Problem, find_problem
from judge.practice.history import History, HistoryWarning
from judge.practice.interview import (
    InterviewError,
    Round,
    RoundPlan,
    RoundView,
    choose,
    format_clock,
    plan_round,
    run_round,
)
from judge.speed.measure import SpeedReport
from judge.speed.timing import Growth

from .conftest import PROBLEMS
from .test_history import judge_command

SOLVED = (PROBLEMS / "most_played_track" / "reference.py").read_text()
WRONG = "def most_played_track(plays):\n    return plays[-1]\n"


def problems(*slugs: str) -> list[Problem]:
    return [find_problem(PROBLEMS, slug) for slug in slugs]


CATALOG = problems("most_played_track", "top_k_tracks", "artist_hops", "LRUTrackCache",
                   "merge_streams")


# --- choosing the problems -------------------------------------------------------------


def test_choose_skips_solved_and_prefers_untried() -> None:
    picked, note = choose(CATALOG, solved={"most_played_track"}, attempted={"top_k_tracks"},
                          count=3, levels=["easy"], rng=random.Random(1))
    assert [p.slug for p in picked] == ["artist_hops", "top_k_tracks"]  # easiest first
    assert note == "only 2 unsolved problem(s) of level easy"
    picked, _ = choose(CATALOG, set(), {"top_k_tracks"}, count=1, levels=["easy"],
                       rng=random.Random(7))
    assert picked[0].slug != "top_k_tracks"  # never tried ones first


def test_choose_by_tags_any_of_them() -> None:
    picked, note = choose(CATALOG, set(), set(), count=5, tags=["heap", "design"],
                          rng=random.Random(0))
    assert note == "only 3 unsolved problem(s) tagged heap or design"
    assert {p.slug for p in picked} == {"top_k_tracks", "LRUTrackCache", "merge_streams"}
    assert [p.difficulty for p in picked] == sorted((p.difficulty for p in picked),
                                                    key=["easy", "medium", "hard"].index)


@pytest.mark.parametrize("kwargs, words", [
    ({"tags": ["grahps"]}, "no problem has the tag 'grahps'; did you mean 'graphs'?"),
    ({"levels": ["hard"]}, "no problem is of level hard"),
    ({"levels": ["easy"], "solved": {"most_played_track", "top_k_tracks", "artist_hops"}},
     "every problem of level easy is solved already"),
])
def test_choose_says_which_option_to_change(kwargs: dict[str, object], words: str) -> None:
    solved = kwargs.pop("solved", set())
    with pytest.raises(InterviewError, match=re.escape(words)):
        choose(CATALOG, solved, set(), 2, **kwargs)  # type: ignore[arg-type]


def test_plan_writes_stubs_and_statements_and_never_overwrites(tmp_path: Path) -> None:
    folder = tmp_path / "round"
    plan = plan_round(CATALOG, None, minutes=30, count=2, levels=["easy"], folder=folder,
                      rng=random.Random(3))
    assert len(plan.problems) == 2
    for p in plan.problems:
        assert plan.file(p).read_text() == p.stub.read_text()
        written = plan.statement(p).read_text()
        assert written.startswith(p.statement.read_text().rstrip())
        assert written.endswith(environment.markdown())  # what the code runs with
    with pytest.raises(InterviewError, match="already exists: a round starts in a fresh folder"):
        plan_round(CATALOG, None, chosen=list(plan.problems), folder=folder)
    with pytest.raises(InterviewError, match="--minutes must be more than 0"):
        plan_round(CATALOG, None, minutes=0, folder=tmp_path / "other")
    with pytest.raises(InterviewError, match="--level: 'tricky' is not one of easy"):
        plan_round(CATALOG, None, levels=["tricky"], folder=tmp_path / "other")


def test_the_default_folder_is_a_fresh_one_under_the_data_dir(tmp_path: Path) -> None:
    first = plan_round(CATALOG, None, chosen=problems("most_played_track"))
    second = plan_round(CATALOG, None, chosen=problems("most_played_track"))
    assert first.folder != second.folder
    assert first.folder.parent == Path(os.environ["JUDGE_DATA_DIR"]) / "rounds"


def test_format_clock() -> None:
    assert [format_clock(s) for s in (0, 59.9, 61, 2700, 3725, -3)] == [
        "00:00", "00:59", "01:01", "45:00", "1:02:05", "00:00"]


# --- the round's logic, on a fake clock with fake checks --------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FakeGrade:
    """Grades by content: WRONG -> Wrong Answer, SOLVED -> Accepted (with a speed
    ratio when speed is asked for); remembers each call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, bool, str]] = []

    def __call__(self, problem: Problem, path: Path, *, speed: bool, kind: str,
                 round_id: int | None, history: History, **_: object) -> CheckResult:
        text = path.read_text()
        self.calls.append((problem.slug, speed, kind))
        verdict = Verdict.ACCEPTED if text == SOLVED else Verdict.WRONG_ANSWER
        report = None
        if speed and verdict is Verdict.ACCEPTED:
            report = SpeedReport((), (), 3.0, Growth("same", 1.0, 1.0, "same"), 1.25, 1.1, None)
        result = CheckResult(problem.slug, str(path), verdict, f"{verdict} summary",
                             sha256=hashlib.sha256(text.encode()).hexdigest(), speed=report)
        history.record_check(result, kind=kind, round_id=round_id)
        return result


def quiet_history(tmp_path: Path) -> History:
    history = History(tmp_path / "history.db")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HistoryWarning)
        history.checks()
    return history


def make_round(tmp_path: Path, speed: bool = True) -> tuple[Round, Clock, FakeGrade, History]:
    history, clock, fake = quiet_history(tmp_path), Clock(), FakeGrade()
    plan = plan_round(CATALOG, history, chosen=problems("most_played_track", "top_k_tracks"),
                      minutes=45, folder=tmp_path / "round")
    round_ = Round(plan, history, grade_fn=fake, clock=clock, speed=speed)
    return round_, clock, fake, history


def test_live_checks_attempts_and_first_accepted(tmp_path: Path) -> None:
    round_, clock, fake, history = make_round(tmp_path)
    round_.start(watch=False)
    try:
        path = round_.plan.file(round_.plan.problems[0])
        clock.now += 30
        assert round_.check_now("most_played_track") is None  # the stub, untouched
        path.write_text(WRONG)
        result = round_.check_now("most_played_track")
        assert result is not None and result.verdict is Verdict.WRONG_ANSWER
        assert round_.check_now("most_played_track") is None  # same bytes: no new attempt
        clock.now += 70
        path.write_text(SOLVED)
        round_.check_now("most_played_track")
        view = round_.snapshot()
        assert view.remaining_s == 45 * 60 - 100
        mine, other = view.problems
        assert (mine.verdict, mine.attempts, mine.first_accepted_s) == (Verdict.ACCEPTED, 2, 100)
        assert (other.verdict, other.attempts) == (None, 0)
        assert fake.calls == [("most_played_track", False, "round")] * 2  # correctness only
        clock.now += 45 * 60
        assert round_.time_up()
        card = round_.finish(ended_early=False)
    finally:
        round_.stop()
    # the Accepted file is graded once more, with its speed: the check of record
    assert fake.calls[-1] == ("most_played_track", True, "round-final")
    assert card.solved == 1 and card.elapsed_s == 45 * 60
    solved, untouched = card.lines
    assert (solved.verdict, solved.attempts, solved.first_accepted_s, solved.ratio) == (
        Verdict.ACCEPTED, 2, 100, 1.25)
    assert (untouched.verdict, untouched.attempts, untouched.summary) == (
        None, 0, "not attempted")
    (recorded,) = history.rounds()
    assert recorded.ended is not None and recorded.solved == 1
    assert [e.attempts for e in recorded.entries] == [2, 0]
    assert [c.kind for c in history.checks("most_played_track")] == [
        "round", "round", "round-final"]


def test_a_save_after_the_last_live_check_is_graded_at_the_end(tmp_path: Path) -> None:
    round_, clock, fake, _ = make_round(tmp_path, speed=False)
    round_.start(watch=False)
    round_.plan.file(round_.plan.problems[1]).write_text("def top_k_tracks(): pass\n")
    clock.now += 60
    card = round_.finish(ended_early=True)
    assert fake.calls == [("top_k_tracks", False, "round")]
    assert card.ended_early and card.lines[1].verdict is Verdict.WRONG_ANSWER
    assert card.lines[1].attempts == 1 and card.elapsed_s == 60


class FakeDisplay:
    """Ends the round by 'pressing q' after ``after`` snapshots."""

    def __init__(self, after: int, clock: Clock | None = None) -> None:
        self.after = after
        self.clock = clock
        self.views: list[RoundView] = []
        self.graded: list[str] = []

    @contextlib.contextmanager
    def live(self, snapshot: Callable[[], RoundView]) -> Iterator[threading.Event]:
        end = threading.Event()

        def tick() -> None:
            while not end.is_set() and len(self.views) < self.after:
                self.views.append(snapshot())
                if self.clock:
                    self.clock.now += 60
                time.sleep(0.01)
            if self.clock is None:
                end.set()

        thread = threading.Thread(target=tick)
        thread.start()
        yield end
        end.set()
        thread.join()

    @contextlib.contextmanager
    def grading(self, problem: Problem) -> Iterator[object]:
        self.graded.append(problem.slug)
        yield None


def test_run_round_ends_on_a_key(tmp_path: Path) -> None:
    history = quiet_history(tmp_path)
    plan = plan_round(CATALOG, history, chosen=problems("most_played_track"),
                      folder=tmp_path / "round")
    card = run_round(plan, history, FakeDisplay(after=3))
    assert card.ended_early and card.lines[0].verdict is None
    assert history.rounds()[0].ended is not None


def test_run_round_ends_when_time_is_up(tmp_path: Path) -> None:
    history, clock = quiet_history(tmp_path), Clock()
    plan = plan_round(CATALOG, history, chosen=problems("most_played_track"), minutes=5,
                      folder=tmp_path / "round")
    display = FakeDisplay(after=100, clock=clock)
    card = run_round(plan, history, display, clock=clock)
    assert not card.ended_early and card.elapsed_s == 300
    assert display.views[0].remaining_s == 300 and len(display.views) >= 5


# --- the real thing, in a pseudo-terminal -----------------------------------------------


ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\r")


class Terminal:
    """`judge ...` in a pseudo-terminal of 120x40, its screen output collected with
    the time each piece arrived."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path) -> None:
        self.chunks: list[tuple[float, str]] = []
        pid, fd = pty.fork()
        if pid == 0:  # the child: size the terminal, then become judge
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
                os.chdir(cwd)
                os.execve(judge_command()[0], [*judge_command(), *args], env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.status: int | None = None
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                ready, _, _ = select.select([self.fd], [], [], 0.05)
                data = os.read(self.fd, 65536) if ready else None
            except OSError:
                return
            if data == b"":
                return
            if data:
                self.chunks.append((time.monotonic(), data.decode("utf-8", "replace")))

    def text(self, since: float = 0.0) -> str:
        return ANSI.sub("", "".join(c for t, c in list(self.chunks) if t >= since))

    def wait_for(self, pattern: str, timeout: float, since: float = 0.0) -> float:
        """The time at which ``pattern`` (a regex) first showed after ``since``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            seen = ""
            for at, chunk in list(self.chunks):
                if at < since:
                    continue
                seen += ANSI.sub("", chunk)
                if re.search(pattern, seen):
                    return at
            time.sleep(0.02)
        raise AssertionError(f"{pattern!r} did not show in {timeout} s; the screen:\n"
                             f"{self.text()[-3000:]}")

    def type(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def wait(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self._reader.join(5)
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
            time.sleep(0.05)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        raise AssertionError(f"judge did not end in {timeout} s:\n{self.text()[-3000:]}")


@pytest.fixture
def one_problem(tmp_path: Path) -> Path:
    """A catalog of one small problem, so a round picks it."""
    root = tmp_path / "problems"
    shutil.copytree(PROBLEMS / "most_played_track", root / "most_played_track")
    return root


def terminal_env(tmp_path: Path, problems_root: Path) -> dict[str, str]:
    return {"PATH": os.environ["PATH"], "HOME": str(tmp_path / "home"), "TERM": "xterm-256color",
            "JUDGE_DATA_DIR": str(tmp_path / "data"), "JUDGE_PROBLEMS": str(problems_root),
            "JUDGE_NO_SPEED": "1", "LANG": "C.UTF-8"}


def round_folder(data: Path) -> Path:
    (folder,) = (data / "rounds").iterdir()
    return folder


@pytest.mark.slow
def test_a_half_minute_round_in_a_terminal(tmp_path: Path, one_problem: Path) -> None:
    """`judge interview --minutes 0.5` on a fresh history: the dashboard shows the
    clock, reacts to a save within 2 s, shows each new verdict, and prints the
    scorecard when the time is up. Speed is off (JUDGE_NO_SPEED): not the point.
    (Half a minute, not a whole one: the same round, and 30 s less of CI.)"""
    env = terminal_env(tmp_path, one_problem)
    term = Terminal(["interview", "--minutes", "0.5", "--count", "1"], env, tmp_path)
    started = term.wait_for(r"Interview round\s+00:[0-2]\d left of 00:30", 60)
    assert "Most played track" in term.text()  # the statement was shown
    term.wait_for(r"not started", 10)
    mine = round_folder(tmp_path / "data") / "most_played_track.py"
    assert mine.read_text().rstrip().endswith("raise NotImplementedError")

    saved = time.monotonic()
    mine.write_text(WRONG)
    reacted = term.wait_for(r"checking \.\.\.", 10, since=saved)
    verdict = term.wait_for(r"Wrong Answer", 60, since=saved)
    conn = sqlite3.connect(tmp_path / "data" / "history.db")
    (check_s,) = conn.execute("SELECT seconds FROM checks").fetchone()
    print(f"save -> 'checking': {reacted - saved:.2f} s; save -> Wrong Answer:"
          f" {verdict - saved:.2f} s, of which the check itself {check_s:.2f} s")
    assert reacted - saved <= 2.0
    assert verdict - saved - check_s <= 2.0  # the judge's own part, whatever the load

    mine.write_text(SOLVED)  # checked live; if that ends after the time, at the end
    ended = term.wait_for(r"Scorecard \(time is up\): 1 of 1 solved", 120)
    assert 28 <= ended - started <= 60
    assert term.wait(60) == 0
    card = term.text().split("Scorecard (time is up)")[-1]
    (row,) = [line for line in card.splitlines() if "most_played_track" in line and "│" in line]
    assert re.search(r"Accepted\s+│\s+00:[0-2]\d\s+│\s+2\s+│", row), row
    (round_row,) = conn.execute("SELECT ended, minutes FROM rounds").fetchall()
    assert round_row[0] is not None and round_row[1] == 0.5
    (entry,) = conn.execute("SELECT verdict, attempts FROM round_problems").fetchall()
    assert entry == ("accepted", 2)
    assert conn.execute("SELECT count(*) FROM checks WHERE kind = 'round'").fetchone()[0] == 2


@pytest.mark.slow
@pytest.mark.parametrize("how", [b"q", b"\x03"], ids=["q", "ctrl-c"])
def test_a_round_ended_early_still_grades(tmp_path: Path, one_problem: Path, how: bytes) -> None:
    env = terminal_env(tmp_path, one_problem)
    term = Terminal(["interview", "--minutes", "30"], env, tmp_path)
    term.wait_for(r"not started", 60)
    round_folder(tmp_path / "data").joinpath("most_played_track.py").write_text(WRONG)
    term.type(how)
    term.wait_for(r"Scorecard \(ended early\): 0 of 1 solved", 120)
    assert term.wait(30) == 0
    card = term.text().split("Scorecard (ended early)")[-1]
    assert "Wrong Answer" in card
    conn = sqlite3.connect(tmp_path / "data" / "history.db")
    assert conn.execute("SELECT ended IS NOT NULL FROM rounds").fetchone() == (1,)


def test_interview_errors_are_one_line(tmp_path: Path, one_problem: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from judge.cli import main

    assert main(["--problems", str(one_problem), "interview", "--tags", "grahps"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--tags: no problem has the tag 'grahps'" in err
    assert main(["--problems", str(one_problem), "interview", "--count", "0"]) == 2
    assert "--count must be at least 1" in capsys.readouterr().err


def test_round_plan_str() -> None:
    plan = RoundPlan(tuple(problems("most_played_track")), Path("/r"), 45)
    assert str(plan) == "1 problem(s), 45:00, in /r"
