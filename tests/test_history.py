"""The history database: every check lands, at once or not at all; a corrupt or
missing database is recreated with a warning; a history that cannot be written
never costs the verdict."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import platformdirs
import pytest

import judge
from judge.cli import main
from judge.grading import runner
from judge.grading.verdicts import CheckResult, Verdict
from judge.practice.history import (
    History,
    HistoryUnavailable,
    HistoryWarning,
    RoundEntry,
    attempts,
    history_path,
    record_check,
    transaction,
)
from judge.speed.measure import SizePoint, SpeedReport
from judge.speed.timing import Growth

from .conftest import ROOT, descendants


def result(problem: str = "most_played_track", verdict: Verdict = Verdict.ACCEPTED,
           ratio: float | None = None, sha: str = "ab" * 32,
           submission: str = "submissions/x.py") -> CheckResult:
    speed = None
    if ratio is not None:
        point = SizePoint(n=1000, yours_s=0.001 * ratio, reference_s=0.001, ratio=ratio,
                          spread=1.1, rounds=3)
        speed = SpeedReport(points=(point,), sizes=(1000,), factor=3.0,
                            growth=Growth("same", 1.0, 1.02, "same growth"), ratio=ratio,
                            spread=1.1, too_slow=None)
    return CheckResult(problem=problem, submission=submission, verdict=verdict,
                       summary="summary", tests_passed=3, tests_total=3, seconds=1.5,
                       sha256=sha, speed=speed)


def quiet_history(path: Path) -> History:
    history = History(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HistoryWarning)
        history.checks()  # create it
    return history


def test_a_check_is_recorded_with_its_fields(tmp_path: Path) -> None:
    history = quiet_history(tmp_path / "history.db")
    history.record_check(result(ratio=0.8))
    history.record_check(result(verdict=Verdict.WRONG_ANSWER), kind="round")
    first, second = history.checks("most_played_track")
    assert (first.verdict, first.ratio, first.slope, first.reference_slope, first.growth) == (
        Verdict.ACCEPTED, 0.8, 1.0, 1.02, "same")
    assert (first.sha256, first.seconds, first.tests_passed, first.kind) == (
        "ab" * 32, 1.5, 3, "check")
    assert second.verdict is Verdict.WRONG_ANSWER and second.ratio is None
    assert second.kind == "round" and second.at >= first.at
    assert history.first_accepted("most_played_track") == first.at
    assert history.first_accepted("top_k_tracks") is None


def test_the_database_is_in_wal_mode_with_a_busy_timeout(tmp_path: Path) -> None:
    quiet_history(tmp_path / "history.db")
    conn = sqlite3.connect(tmp_path / "history.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_missing_database_is_created_with_a_one_line_note(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "history.db"
    with pytest.warns(HistoryWarning, match="started a new history at .*history.db"):
        History(path).record_check(result())
    assert len(History(path).checks()) == 1


def _write_many(path: str, worker: int, count: int) -> None:
    history = History(Path(path))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HistoryWarning)
        for i in range(count):
            history.record_check(result(problem=f"p{worker}", sha=f"{worker}-{i}"))


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    """Four processes writing 25 checks each, all at once (the database is new:
    they also race to create it)."""
    path = str(tmp_path / "history.db")
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_write_many, args=(path, w, 25)) for w in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
        assert w.exitcode == 0
    checks = History(Path(path)).checks()
    assert len(checks) == 100
    assert len({c.sha256 for c in checks}) == 100


def test_an_interrupted_write_leaves_nothing(tmp_path: Path) -> None:
    """Ctrl-C inside a write transaction rolls it back."""
    history = quiet_history(tmp_path / "history.db")
    conn = sqlite3.connect(tmp_path / "history.db", isolation_level=None)
    with pytest.raises(KeyboardInterrupt), transaction(conn):
        conn.execute("INSERT INTO hints (problem, shown, at) VALUES ('x', 1, 'now')")
        raise KeyboardInterrupt
    conn.close()
    assert history.hints_shown() == {}


@pytest.mark.parametrize("damage", ["garbage", "bad_page"])
def test_a_corrupt_database_is_moved_aside_never_deleted(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "history.db"
    if damage == "garbage":
        path.write_bytes(b"this is not a database, just a file that took its name" * 100)
    else:
        quiet_history(path)
        conn = sqlite3.connect(path)
        with conn:
            conn.executemany(
                "INSERT INTO checks (problem, at, verdict, sha256, seconds, tests_passed,"
                " tests_total, submission) VALUES ('p', ?, 'accepted', ?, 1, 1, 1, 's.py')",
                [(f"2025-01-01T00:00:{i % 60:02d}", f"{i:064d}") for i in range(300)])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        data = bytearray(path.read_bytes())
        data[4096 * 2:4096 * 2 + 200] = b"\xff" * 200  # a b-tree page's header
        path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    with pytest.warns(HistoryWarning) as caught:
        History(path).record_check(result(problem="after"))
    messages = [str(w.message) for w in caught]
    moved = [m for m in messages if "moved it to history.db.corrupt-" in m]
    assert len(moved) == 1 and "\n" not in moved[0]
    (aside,) = tmp_path.glob("history.db.corrupt-*[0-9]")
    assert aside.read_bytes() == damaged
    assert [c.problem for c in History(path).checks()] == ["after"]


def test_an_unwritable_history_warns_and_the_verdict_stands(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    history = History(blocker / "history.db")
    with pytest.raises(HistoryUnavailable, match="not-a-folder"):
        history.checks()
    with pytest.warns(HistoryWarning, match="this check was not recorded in the history"):
        assert record_check(result(), history=history) is False


def test_check_with_an_unwritable_history_prints_the_verdict(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Through the CLI: the verdict, its exit code, and one warning line."""
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    monkeypatch.setenv("JUDGE_HISTORY", str(blocker / "history.db"))
    monkeypatch.setattr(runner, "check", lambda *a, **k: result(verdict=Verdict.WRONG_ANSWER))
    mine = tmp_path / "mine.py"
    mine.write_text("")
    assert main(["check", "most_played_track", "--file", str(mine)]) == 1
    captured = capsys.readouterr()
    assert "Wrong Answer" in captured.out
    (line,) = captured.err.splitlines()
    assert line.startswith("judge: warning: this check was not recorded in the history")


def test_the_speed_is_compared_with_the_same_files_last_timed_check(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Not the problem's last check: another file's, or a check without a speed phase,
    is skipped; the comparison names the file and when its check was."""
    outcomes: list[tuple[Verdict, float | None]] = []

    def fake_check(problem: object, submission: Path, **_: object) -> CheckResult:
        verdict, ratio = outcomes.pop(0)
        return result(verdict=verdict, ratio=ratio, submission=str(submission))

    monkeypatch.setattr(runner, "check", fake_check)
    monkeypatch.chdir(tmp_path)
    for name in ("a.py", "b.py"):
        (tmp_path / name).write_text("")

    def judge_check(path: str, verdict: Verdict, ratio: float | None) -> dict[str, Any]:
        outcomes.append((verdict, ratio))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", HistoryWarning)
            main(["check", "most_played_track", "--file", path, "--json"])
        data: dict[str, Any] = json.loads(capsys.readouterr().out)
        return data

    first = judge_check("a.py", Verdict.TOO_SLOW, 4.0)
    assert first["previous_check"] is None and first["speed"]["compared_with_last"] is None
    other = judge_check(str(tmp_path / "b.py"), Verdict.ACCEPTED, 1.0)
    assert other["previous_check"] is None  # another file: nothing to compare with
    judge_check("a.py", Verdict.WRONG_ANSWER, None)  # no speed phase: not a timed check
    again = judge_check(str(tmp_path / "a.py"), Verdict.ACCEPTED, 2.0)  # the same file
    (timed, _, _, _) = History().checks("most_played_track")
    assert again["previous_check"] == {"submission": str(tmp_path / "a.py"),
                                       "at": timed.at.isoformat(), "ratio": 4.0}
    assert again["previous_ratio"] == 4.0
    assert again["speed"]["compared_with_last"] == (
        f"2.0x faster than your last timed check of {tmp_path / 'a.py'}"
        f" ({timed.at:%Y-%m-%d %H:%M} UTC: 4.00x the reference's time)")
    outcomes.append((Verdict.ACCEPTED, 2.1))
    main(["check", "most_played_track", "--file", "a.py"])
    out = " ".join(capsys.readouterr().out.split())
    latest = History().checks("most_played_track")[3]  # the one just before (ratio 2.0)
    assert re.search(r"Compared with your last timed check of a\.py \((just now|1 min ago),"
                     f" {latest.at:%Y-%m-%d %H:%M} UTC: 2.00x the reference's time\\): about"
                     " as fast now.", out), out


def test_the_default_location_survives_a_reinstall(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without overrides the history is in the platform's user data dir: outside
    the package, its virtualenv and the project (a reinstall replaces those)."""
    monkeypatch.delenv("JUDGE_DATA_DIR")
    path = history_path()
    assert path == Path(platformdirs.user_data_dir("judge")) / "history.db"
    for replaced in (Path(judge.__file__).parent, Path(sys.prefix), ROOT):
        assert not path.is_relative_to(replaced.resolve()), replaced


def test_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUDGE_DATA_DIR", str(tmp_path / "data"))
    assert history_path() == tmp_path / "data" / "history.db"
    monkeypatch.setenv("JUDGE_HISTORY", str(tmp_path / "elsewhere.db"))
    assert history_path() == tmp_path / "elsewhere.db"


def test_rounds_are_recorded_with_their_scorecards(tmp_path: Path) -> None:
    history = quiet_history(tmp_path / "history.db")
    round_id = history.start_round(45, tmp_path / "round", ["a", "b"])
    history.record_check(result(problem="a"), kind="round", round_id=round_id)
    (unfinished,) = history.rounds()
    assert unfinished.ended is None and unfinished.problems == ("a", "b")
    history.finish_round(round_id, [RoundEntry("a", Verdict.ACCEPTED, 61.5, 1, 0.9),
                                    RoundEntry("b", None, None, 0, None)])
    (done,) = history.rounds()
    assert done.ended is not None and done.solved == 1
    assert done.entries[0] == RoundEntry("a", Verdict.ACCEPTED, 61.5, 1, 0.9)
    assert done.entries[1].verdict is None
    assert history.checks("a")[0].round_id == round_id


def test_attempts_of_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    assert attempts("most_played_track", History(path)) == []
    assert not path.exists()  # looking does not create a history
    history = quiet_history(path)
    history.record_check(result())
    history.record_check(result(problem="other"))
    assert [c.problem for c in attempts("most_played_track", history)] == ["most_played_track"]


def test_hint_counts_are_atomic_and_capped(tmp_path: Path) -> None:
    history = quiet_history(tmp_path / "history.db")
    assert [history.next_hint("p", 2) for _ in range(3)] == [1, 2, 2]
    assert history.hints_shown() == {"p": 2}


# --- through the command, as a user runs it ------------------------------------------------


def judge_command() -> list[str]:
    script = Path(sys.executable).with_name("judge")
    return [str(script)] if script.exists() else [sys.executable, "-m", "judge"]


def count_checks(path: Path) -> int:
    if not path.exists():
        return 0
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM checks").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.slow
def test_two_checks_started_at_the_same_moment_both_land(tmp_path: Path,
                                                         small_problems: Path) -> None:
    env = {**os.environ, "JUDGE_DATA_DIR": str(tmp_path / "data"), "JUDGE_NO_SPEED": "1",
           "JUDGE_PROBLEMS": str(small_problems)}
    files = []
    for name, body in (("a.py", "def most_played_track(plays) return 1\n"),
                       ("b.py", "def most_played_track(plays):\n    return plays[0]\n")):
        (tmp_path / name).write_text(body)
        files.append(tmp_path / name)
    procs = [subprocess.Popen([*judge_command(), "check", "most_played_track", "--file",
                               str(f), "--json"], env=env, cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for f in files]
    for proc in procs:
        proc.wait(timeout=300)
        assert proc.returncode == 1
    assert count_checks(tmp_path / "data" / "history.db") == 2
    history = History(tmp_path / "data" / "history.db")
    assert {c.submission for c in history.checks()} == {str(f) for f in files}


@pytest.mark.slow
def test_a_check_stopped_by_ctrl_c_leaves_no_record(tmp_path: Path,
                                                    small_problems: Path) -> None:
    env = {**os.environ, "JUDGE_DATA_DIR": str(tmp_path / "data"), "JUDGE_NO_SPEED": "1",
           "JUDGE_PROBLEMS": str(small_problems)}
    slow = tmp_path / "slow.py"
    slow.write_text("import time\n\ndef most_played_track(plays):\n    time.sleep(1.5)\n"
                    "    return plays[0]\n")
    history = tmp_path / "data" / "history.db"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HistoryWarning)
        History(history).checks()  # exists before, so its state after is comparable
    proc = subprocess.Popen([*judge_command(), "check", "most_played_track", "--file",
                             str(slow)], env=env, cwd=tmp_path, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not descendants(proc.pid) and time.monotonic() < deadline:  # the grading run
        time.sleep(0.05)
    time.sleep(1.0)  # well inside the check (each call sleeps 1.5 s)
    assert proc.poll() is None
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert count_checks(history) == 0
