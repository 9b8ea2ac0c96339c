"""Practice over weeks: status, hints, solution, watch; and a new user's first session."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from judge.cli import main
from judge.grading.verdicts import CheckResult, Verdict
from judge.packages.format import Problem, find_problem
from judge.practice import status as practice
from judge.practice.history import CheckRecord, History, HistoryWarning
from judge.practice.status import (
    REVEAL_FLAG,
    explanation,
    problem_progress,
    split_hints,
    suggest,
    summarize,
    tallies,
)
from judge.practice.watch import watch
from judge.speed.measure import Progress
from judge.ui import results as render

from .conftest import PROBLEMS, ROOT
from .test_history import judge_command, result
from .test_schema import valid

T0 = datetime(2025, 11, 1, 12, 0, tzinfo=UTC)


def record(problem: str, verdict: Verdict, minutes: int, ratio: float | None = None,
           kind: str = "check") -> CheckRecord:
    return CheckRecord(id=minutes, problem=problem, at=T0 + timedelta(minutes=minutes),
                       verdict=verdict, ratio=ratio, slope=None, reference_slope=None,
                       growth=None, sha256="x", seconds=1.0, tests_passed=1, tests_total=1,
                       submission="s.py", kind=kind)


def catalog() -> list[Problem]:
    return [find_problem(PROBLEMS, slug) for slug in
            ("most_played_track", "top_k_tracks", "artist_hops", "LRUTrackCache")]


# --- pure summaries ------------------------------------------------------------------------


def test_progress_of_one_problem() -> None:
    problem = catalog()[0]
    checks = [record("most_played_track", Verdict.WRONG_ANSWER, 1),
              record("most_played_track", Verdict.TOO_SLOW, 2, ratio=9.0),
              record("most_played_track", Verdict.ACCEPTED, 3, ratio=1.1),
              record("most_played_track", Verdict.ACCEPTED, 4, ratio=1.0, kind="round-final"),
              record("most_played_track", Verdict.RUNTIME_ERROR, 5)]
    progress = problem_progress(problem, checks, 2, 3, revealed=None)
    assert progress.solved and progress.best_verdict is Verdict.ACCEPTED
    assert progress.attempts == 4  # a round's re-grade for speed is not another attempt
    assert progress.best_ratio == 1.0
    assert progress.last_verdict is Verdict.RUNTIME_ERROR
    assert progress.last_attempt == T0 + timedelta(minutes=5)
    assert progress.first_accepted == T0 + timedelta(minutes=3)


def test_a_reveal_counts_only_before_the_first_accepted() -> None:
    problem = catalog()[0]
    checks = [record("most_played_track", Verdict.ACCEPTED, 10)]
    before = problem_progress(problem, checks, 0, 3, revealed=T0 + timedelta(minutes=5))
    after = problem_progress(problem, checks, 0, 3, revealed=T0 + timedelta(minutes=20))
    assert before.revealed is not None and after.revealed is None


def test_tallies_by_set_and_weakest_tag_first() -> None:
    problems = catalog()
    status = summarize(problems, [record("most_played_track", Verdict.ACCEPTED, 1)], {}, {})
    by_set, by_tag = tallies(status.problems)
    assert [str(t) for t in by_set] == ["A 1/4"]
    assert [str(t) for t in by_tag] == [
        "bfs 0/1", "design 0/1", "graphs 0/1", "heap 0/1", "linked-list 0/1", "sorting 0/1",
        "hashing 1/3", "counting 1/1"]


def test_what_to_try_next() -> None:
    problems = catalog()
    fresh = summarize(problems, [], {}, {})
    assert fresh.next is not None and fresh.next.command.startswith("judge start ")
    started = summarize(problems, [], {}, {}, started=[fresh.next.problem])
    assert started.next is not None and started.next.command.startswith("judge check ")
    # the unsolved problem tried last comes first, with a nudge while hints are left
    stuck = summarize(problems, [record("top_k_tracks", Verdict.WRONG_ANSWER, 1),
                                 record("artist_hops", Verdict.WRONG_ANSWER, 2)], {}, {})
    assert stuck.next is not None and stuck.next.problem == "artist_hops"
    assert "Wrong Answer" in stuck.next.reason and "judge hint artist_hops" in stuck.next.reason
    solved = summarize(problems[:1], [record("most_played_track", Verdict.ACCEPTED, 1)], {}, {})
    assert solved.next is not None and solved.next.command == "judge interview"


def test_suggest_prefers_easy_problems_in_weak_tags() -> None:
    problems = catalog()
    status = summarize(problems, [record("most_played_track", Verdict.ACCEPTED, 1)], {}, {})
    nxt = suggest(status.problems, status.by_tag)
    assert nxt is not None and nxt.problem in {"top_k_tracks", "artist_hops"}  # easy, unsolved


def test_split_hints() -> None:
    assert split_hints("one\n---\n\ntwo\n  ---  \nthree\n---\n") == ["one", "two", "three"]
    assert split_hints("") == []


def test_explanation_is_the_entry_docstring() -> None:
    source = '"""module"""\n\ndef f():\n    """The idea. O(n)."""\n'
    assert explanation(source, "f") == "The idea. O(n)."
    assert explanation(source, "g") == "module"
    assert explanation("def (", "f") == ""


# --- hints and solution, through the command -----------------------------------------------


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--problems", str(PROBLEMS), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_hints_one_at_a_time_remembered(capsys: pytest.CaptureFixture[str]) -> None:
    hints = practice.read_hints(find_problem(PROBLEMS, "most_played_track"))
    assert len(hints) == 3
    code, out, err = run_cli(["hint", "most_played_track"], capsys)
    assert code == 0 and "Hint 1 of 3" in out and hints[0][:40] in out.replace("\n", " ")
    assert "Hint 2" not in out and "started a new history" in err
    code, out, _ = run_cli(["hint", "most_played_track"], capsys)
    assert "Hint 2 of 3" in out and "Hint 1 of 3" not in out
    run_cli(["hint", "most_played_track"], capsys)
    code, out, _ = run_cli(["hint", "most_played_track"], capsys)  # no fourth
    assert code == 0 and "Hint 3 of 3" in out and "last hint" in out
    code, out, _ = run_cli(["hint", "most_played_track", "--shown"], capsys)
    assert all(f"Hint {n} of 3" in out for n in (1, 2, 3))
    assert History().hints_shown() == {"most_played_track": 3}


def test_hints_shown_before_any(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["hint", "top_k_tracks", "--shown"], capsys)
    assert code == 0 and "No hint shown yet" in out


def test_a_problem_without_hints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(PROBLEMS / "most_played_track", tmp_path / "most_played_track")
    (tmp_path / "most_played_track" / "hints.md").unlink()
    assert main(["--problems", str(tmp_path), "hint", "most_played_track"]) == 0
    assert "has no hints" in capsys.readouterr().out


def test_solution_is_locked_until_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(["solution", "most_played_track"], capsys)
    assert code == 2 and out == ""
    (line,) = [x for x in err.splitlines() if x.startswith("judge: error:")]
    assert REVEAL_FLAG in line and "Traceback" not in err
    assert History().reveals() == {}


def test_solution_with_reveal_is_shown_and_recorded(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["solution", "most_played_track", REVEAL_FLAG], capsys)
    assert code == 0
    assert "def most_played_track" in out and "O(n)" in out and "revealed" in out
    assert "most_played_track" in History().reveals()
    code, out, _ = run_cli(["status", "--json"], capsys)
    (mine,) = [p for p in json.loads(out)["problems"] if p["problem"] == "most_played_track"]
    assert mine["solution_revealed"] is not None and not mine["solved"]
    code, out, _ = run_cli(["status"], capsys)
    (row,) = [line for line in out.splitlines() if line.startswith("most_played_track ")]
    assert "revealed" in row and "not tried" in row


def test_solution_after_an_accepted_needs_no_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HistoryWarning)
        History().record_check(result(problem="top_k_tracks"))
    code, out, _ = run_cli(["solution", "top_k_tracks"], capsys)
    assert code == 0 and "def top_k_tracks" in out and "you solved it" in out
    assert "O(n + u log k)" in out
    assert History().reveals() == {}


def test_status_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HistoryWarning)
        History().record_check(result(verdict=Verdict.WRONG_ANSWER))
        History().record_check(result(ratio=0.93))
    code, out, _ = run_cli(["status"], capsys)
    assert code == 0
    (row,) = [line for line in out.splitlines() if "most_played_track" in line]
    assert "Accepted" in row and "0.93x" in row and " 2 " in row and "just now" in row
    assert "By set:" in out and "By tag" in out and "Next:" in out and "History:" in out
    code, out, _ = run_cli(["status", "--json"], capsys)
    data = json.loads(out)
    assert data["schema"] == render.JSON_SCHEMA_VERSION and data["kind"] == "status"
    (mine,) = [p for p in data["problems"] if p["problem"] == "most_played_track"]
    assert mine["best_verdict"] == "Accepted" and mine["attempts"] == 2
    assert mine["best_ratio"] == 0.93 and mine["last_verdict"] == "Accepted"


def test_status_skips_a_broken_package_with_a_warning(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(PROBLEMS / "most_played_track", tmp_path / "most_played_track")
    (tmp_path / "half_written").mkdir()
    (tmp_path / "half_written" / "problem.toml").write_text('title = "x"\n')
    assert main(["--problems", str(tmp_path), "status"]) == 0
    captured = capsys.readouterr()
    assert "most_played_track" in captured.out
    assert "judge: warning: skipped half_written:" in captured.err


# --- watch --------------------------------------------------------------------------------


class Recorder:
    """A WatchView that records what it was asked to show."""

    def __init__(self) -> None:
        self.events: list[str] = []
        self.results = threading.Event()

    def checking(self, path: Path) -> contextlib.AbstractContextManager[Progress]:
        self.events.append("checking")
        return contextlib.nullcontext(lambda done, total, text: None)

    def result(self, result: CheckResult) -> None:
        self.events.append(f"result {result.verdict}")
        self.results.set()

    def waiting(self, path: Path, reason: str) -> None:
        self.events.append("waiting")


def test_watch_checks_now_and_on_every_save_of_new_bytes(tmp_path: Path) -> None:
    mine = tmp_path / "mine.py"
    mine.write_text("v1")
    seen: list[str] = []

    def fake_grade(problem: Problem, path: Path, **kwargs: object) -> CheckResult:
        text = path.read_text()
        seen.append(text)
        return result(verdict=Verdict.WRONG_ANSWER, sha=practice_sha(text))

    view, stop = Recorder(), threading.Event()
    problem = find_problem(PROBLEMS, "most_played_track")
    thread = threading.Thread(target=watch, args=(problem, mine, view, fake_grade, stop))
    thread.start()

    def save(text: str, tries: int = 5) -> bool:
        """Write; True when a check followed (the watcher may still be starting up:
        write again, the same bytes, until it is seen)."""
        for _ in range(tries):
            view.results.clear()
            mine.write_text(text)
            if view.results.wait(5):
                return True
        return False

    try:
        assert view.results.wait(30)  # the first check, at once
        assert save("v2")
        view.results.clear()
        mine.write_text("v2")  # a save that changes nothing is no new attempt
        assert not view.results.wait(1.5), (seen, view.events)
        assert save("v3")
    finally:
        stop.set()
        thread.join(10)
    assert seen == ["v1", "v2", "v3"]
    assert view.events.count("checking") == 3


def practice_sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_watch_of_a_missing_file_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["watch", "most_played_track", "--file", "/nonexistent/x.py"], capsys)
    assert code == 2 and "/nonexistent/x.py: no such file" in err and err.count("\n") == 1


# --- as a new user would -------------------------------------------------------------------


@pytest.mark.slow
def test_a_new_user_session(tmp_path: Path, small_problems: Path) -> None:
    """start, check (fail), hint, fix, check (Accepted), solution, status: solved with
    its ratio. Through the installed console script, in a fresh data dir; the JSON
    of a check with its speed phase and of the status validate against the schema."""
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path / "home"),
           "JUDGE_SUBMISSIONS": str(tmp_path / "submissions"),
           "JUDGE_PROBLEMS": str(small_problems), "JUDGE_DATA_DIR": str(tmp_path / "data"),
           "COLUMNS": "120"}

    def judge(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*judge_command(), *args], capture_output=True, text=True,
                              cwd=tmp_path, env=env, timeout=300)

    assert judge("start", "most_played_track").returncode == 0
    first = judge("check", "most_played_track")
    assert first.returncode == 1 and "Runtime Error" in first.stdout
    assert "not implemented yet" in first.stdout.lower()
    assert "started a new history" in first.stderr
    hint = judge("hint", "most_played_track")
    assert hint.returncode == 0 and "Hint 1 of 3" in hint.stdout
    locked = judge("solution", "most_played_track")
    assert locked.returncode == 2 and REVEAL_FLAG in locked.stderr
    mine = tmp_path / "submissions" / "most_played_track.py"
    mine.write_text((PROBLEMS / "most_played_track" / "reference.py").read_text())
    accepted = judge("check", "most_played_track")
    assert accepted.returncode == 0 and "Accepted" in accepted.stdout, accepted.stdout
    assert judge("start", "most_played_track").returncode == 2  # never overwrites
    again = subprocess.run([sys.executable, "-m", "judge", "check", "most_played_track",
                            "--json"], capture_output=True, text=True, cwd=tmp_path, env=env,
                           timeout=300)  # what an editor would read, through `python -m`
    data = valid(json.loads(again.stdout))
    assert again.returncode == 0 and data["speed"]["ratio"] > 0 and data["speed"]["points"]
    assert data["previous_ratio"] is not None  # compared with the first Accepted
    shown = judge("solution", "most_played_track")
    assert shown.returncode == 0 and "def most_played_track" in shown.stdout
    assert "Complexity: O(n)" in shown.stdout
    status = judge("status")
    (row,) = [line for line in status.stdout.splitlines() if "most_played_track" in line]
    assert "Accepted" in row and re.search(r"\d\.\d\dx", row) and "hints 1/3" in row
    data = valid(json.loads(judge("status", "--json").stdout))
    (mine_status,) = [p for p in data["problems"] if p["problem"] == "most_played_track"]
    assert mine_status["solved"] and mine_status["attempts"] == 3
    assert mine_status["best_ratio"] is not None and mine_status["best_ratio"] > 0
    assert mine_status["solution_revealed"] is None


@pytest.mark.slow
def test_history_survives_a_reinstall(tmp_path: Path) -> None:
    """Build the package, install it into a fresh virtualenv, check once, uninstall,
    install again: the check is still in the history, at its default place."""
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                            str(wheels), str(ROOT)], capture_output=True, text=True,
                           timeout=600)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = wheels.glob("judge-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    # the new environment borrows this one's dependencies, but not its judge
    (site,) = (venv / "lib").glob("python3*/site-packages")
    deps = [p for p in sys.path if p.endswith("site-packages")]
    (site / "deps.pth").write_text("\n".join(deps) + "\n")
    python = venv / "bin" / "python"
    home = tmp_path / "home"
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(home), "JUDGE_NO_SPEED": "1",
           "JUDGE_PROBLEMS": str(PROBLEMS)}

    def install() -> None:
        subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                        "--no-deps", "--force-reinstall", "-q", str(wheel)], check=True,
                       capture_output=True, timeout=300)

    def judge(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(python), "-m", "judge", *args], capture_output=True,
                              text=True, cwd=tmp_path, env=env, timeout=300)

    install()
    located = subprocess.run([str(python), "-c", "import judge; print(judge.__file__)"],
                             capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
    assert located.stdout.startswith(str(venv)), located.stdout
    mine = tmp_path / "mine.py"
    mine.write_text("def most_played_track(plays) return 1\n")
    assert judge("check", "most_played_track", "--file", str(mine)).returncode == 1
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "uninstall", "-y",
                    "judge"], check=True, capture_output=True, timeout=300)
    install()
    status = judge("status", "--json")
    assert status.returncode == 0, status.stderr
    data = json.loads(status.stdout)
    assert data["history"] == str(home / ".local" / "share" / "judge" / "history.db")
    (mine_status,) = [p for p in data["problems"] if p["problem"] == "most_played_track"]
    assert mine_status["attempts"] == 1
    assert mine_status["last_verdict"] == "Compilation Error"
