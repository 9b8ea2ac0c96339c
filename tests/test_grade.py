"""`judge grade`: sources, the results store, outputs, resume after a kill, and
the Dask engine on a local cluster of two worker processes (loopback only).

The checks use the problems' small verify sizes (``verify_mode``/``--quick-speed``),
and the planted files picked are mostly the quick ones (wrong answers, crashes,
stubs), so the whole file stays within about a minute and a half.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from judge.batch import dask_engine
from judge.batch.run import BatchReport, grade_many
from judge.batch.sources import SourceError, Task, read_source
from judge.batch.store import Key, ResultStore, package_hash
from judge.cli import main
from judge.grading.verdicts import Verdict
from judge.packages.verify import NOT_ACCEPTED, expected_verdicts
from judge.ui import results as render

from .conftest import PROBLEMS, ROOT, problem

QUICK = ("wrong_answer", "runtime_error", "compilation_error", NOT_ACCEPTED)
CHECK_SCHEMA = json.loads(render.SCHEMA_FILE.read_text())


def plant(dest: Path, slugs: tuple[str, ...], count: int,
          accepted: tuple[str, ...] = ()) -> dict[tuple[str, str], str]:
    """Copy planted files as ``<expected>-<name>/<slug>.py``: the quick ones of
    ``slugs`` and the reference of each of ``accepted``, ``count`` in all.
    Returns (who, slug) -> the verdict slug they must get."""
    expected: dict[tuple[str, str], str] = {}
    picked = [(slug, path, verdict) for slug in accepted
              for path, verdict in expected_verdicts(problem(slug)) if path.stem == "reference"]
    picked += [(slug, path, verdict) for slug in slugs
               for path, verdict in expected_verdicts(problem(slug)) if verdict in QUICK]
    for slug, path, verdict in picked[:count]:
        who = f"{verdict.replace(' ', '_')}-{path.stem}"
        (dest / who).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, dest / who / f"{slug}.py")
        expected[(who, slug)] = verdict
    assert len(expected) == count, "not enough planted files"
    return expected


def agrees(verdict: str, expected: str) -> bool:
    if expected == NOT_ACCEPTED:
        return verdict not in ("Accepted", "Judge Error")
    return Verdict(verdict).slug == expected


def check_outputs(out: Path, count: int) -> list[dict[str, str]]:
    """results.csv, results.jsonl and every Gradescope results.json are well formed."""
    with open(out / "results.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == count
    assert list(rows[0]) == ["who", "problem", "verdict", "ratio", "seconds", "sha256", "file"]
    lines = (out / "results.jsonl").read_text().splitlines()
    assert len(lines) == count
    for row, line in zip(rows, lines, strict=True):
        data = json.loads(line)
        jsonschema.validate(data, CHECK_SCHEMA)
        assert data["verdict"] == row["verdict"] and data["sha256"] == row["sha256"]
        assert Verdict(row["verdict"])  # named as the CLI names it
        gradescope = json.loads(
            (out / "gradescope" / row["who"] / row["problem"] / "results.json").read_text())
        check_gradescope(gradescope)
        assert gradescope["extra_data"]["verdict"] == row["verdict"]
    return rows


def check_gradescope(data: dict[str, Any]) -> None:
    """Gradescope's documented fields (Autograder Specifications, "Output format")."""
    assert set(data) <= {"score", "execution_time", "output", "output_format", "visibility",
                         "stdout_visibility", "extra_data", "tests", "leaderboard"}
    assert isinstance(data["score"], float) and isinstance(data["execution_time"], int)
    assert isinstance(data["output"], str)
    assert data["visibility"] in ("hidden", "after_due_date", "after_published", "visible")
    assert data["tests"]
    for test in data["tests"]:
        assert set(test) <= {"score", "max_score", "status", "name", "name_format", "number",
                             "output", "output_format", "tags", "visibility", "extra_data"}
        assert test["status"] in ("passed", "failed")
        assert 0 <= test["score"] <= test["max_score"]
        assert isinstance(test["name"], str) and isinstance(test["output"], str)
    assert data["score"] == sum(test["score"] for test in data["tests"])


# --- sources and the store: no grading ---------------------------------------------

def test_a_folder_and_a_manifest_list_the_same_submissions(tmp_path: Path) -> None:
    source = tmp_path / "class"
    for who in ("ann", "bo"):
        (source / who).mkdir(parents=True)
        shutil.copy(problem("most_played_track").stub, source / who / "most_played_track.py")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("who,problem,path\nann,most_played_track,class/ann/most_played_track.py\n"
                        f"bo,most_played_track,{source / 'bo' / 'most_played_track.py'}\n")
    from_folder = read_source(source, PROBLEMS)
    from_manifest = read_source(manifest, PROBLEMS)
    assert [(s.who, s.problem.slug, s.sha256) for s in from_folder] == \
        [(s.who, s.problem.slug, s.sha256) for s in from_manifest]
    assert [s.who for s in from_folder] == ["ann", "bo"]


@pytest.mark.parametrize(("manifest", "message"), [
    ("who,problem\nann,most_played_track\n", "manifest.csv:1: the header must be"),
    ("who,problem,path\nann,no_such_problem,a.py\n", "manifest.csv:2: unknown problem"),
    ("who,problem,path\nann,most_played_track\n", "manifest.csv:2: expected 3 non-empty"),
    ("who,problem,path\nann,most_played_track,missing.py\n", "missing.py cannot be read"),
    ("who,problem,path\n", "no submissions listed"),
])
def test_a_bad_manifest_is_one_clear_error(tmp_path: Path, manifest: str, message: str) -> None:
    (tmp_path / "manifest.csv").write_text(manifest)
    with pytest.raises(SourceError, match=message):
        read_source(tmp_path / "manifest.csv", PROBLEMS)


def test_the_cli_says_what_is_wrong_in_one_line(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "class" / "ann").mkdir(parents=True)
    (tmp_path / "class" / "ann" / "no_such_problem.py").write_text("")
    (tmp_path / "bad.csv").write_text("name,file\n")
    good = tmp_path / "good"
    (good / "ann").mkdir(parents=True)
    shutil.copy(problem("most_played_track").stub, good / "ann" / "most_played_track.py")
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT_S", 0.5)
    cases = [
        (["grade", str(tmp_path / "missing")], "no such folder or file"),
        (["grade", str(tmp_path / "class")], "unknown problem 'no_such_problem'"),
        (["grade", str(tmp_path / "bad.csv")], "the header must be who,problem,path"),
        (["grade", str(good), "--jobs", "0"], "--jobs must be at least 1"),
        (["grade", str(good), "--out", str(tmp_path / "o"), "--dask", "tcp://127.0.0.1:9"],
         "cannot reach the Dask scheduler"),
    ]
    for argv, message in cases:
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.startswith("judge: error: ") and message in err, (argv, err)
        assert err.count("\n") == 1 and "Traceback" not in err
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if Dask were not installed
    assert main(["grade", str(good), "--out", str(tmp_path / "o"), "--dask", "tcp://x:1"]) == 2
    assert "pip install 'judge[dask]'" in capsys.readouterr().err


def test_the_store_keys_by_file_package_and_version(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    shutil.copytree(problem("most_played_track").path, package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    before = package_hash(package)
    (package / "__pycache__").mkdir(exist_ok=True)
    (package / "__pycache__" / "x.pyc").write_bytes(b"noise")
    assert package_hash(package) == before, "caches are not part of the package"
    (package / "tests" / "speed.py").write_text("# changed\n")
    assert package_hash(package) != before
    store = ResultStore(tmp_path / "results.db")
    key = Key("a" * 64, before)
    data = {"problem": "p", "submission": "s.py", "verdict": "Accepted", "seconds": 1.0,
            "speed": {"ratio": 1.1}}
    assert store.get(key) is None
    store.put(key, "ann", data)
    assert ResultStore(tmp_path / "results.db").get(key) == data  # reopened: still there
    assert store.get(Key("a" * 64, before, "0.0.0")) is None  # another judge version
    store.put(key, "ann", data)
    assert store.counts() == {key: 2}
    with sqlite3.connect(tmp_path / "results.db") as db:
        assert db.execute("pragma journal_mode").fetchone()[0] == "wal"


# --- local grading, interrupted by SIGKILL and resumed --------------------------------

def store_rows(out: Path) -> int:
    try:
        with sqlite3.connect(out / "results.db", timeout=5) as db:
            return int(db.execute("select count(*) from results").fetchone()[0])
    except sqlite3.Error:
        return 0


def kill_after(source: Path, out: Path, results: int, then: float = 0.0) -> int:
    """`judge grade` in a subprocess, SIGKILLed (with its pool) ``then`` seconds after
    the store holds ``results`` more rows; returns the rows stored."""
    before = store_rows(out)
    proc = subprocess.Popen(
        [sys.executable, "-m", "judge", "grade", str(source), "--out", str(out),
         "--quick-speed", "--jobs", "2"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True)
    deadline = time.monotonic() + 60
    while store_rows(out) < before + results:
        assert proc.poll() is None, f"judge grade ended early: {proc.communicate()[1]}"
        assert time.monotonic() < deadline, "no results arrived"
        time.sleep(0.05)
    time.sleep(then)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    return store_rows(out)


@pytest.mark.timeout(240)
def test_a_killed_run_resumes_and_grades_each_submission_once(tmp_path: Path) -> None:
    source = tmp_path / "class"
    expected = plant(source, ("top_k_tracks",), 9)
    out = tmp_path / "out"
    chance = random.Random()
    stored = [kill_after(source, out, 1, then=chance.uniform(0, 0.5)) for _ in range(3)]
    second = stored[-1]
    assert 1 <= stored[0] < stored[1] < stored[2] < 9, f"the kills came too late: {stored}"
    seen: list[str] = []
    report = grade_many(source, PROBLEMS, out, jobs=2, verify_mode=True,
                        progress=lambda done, total, text: seen.append(text))
    assert report.reused == second and report.graded == 9 - second
    assert len([text for text in seen if text]) == 9 - second  # only the rest was graded
    counts = ResultStore(out / "results.db").counts()
    assert len(counts) == 9 and set(counts.values()) == {1}, "lost or graded twice"
    for row in report.rows:
        assert agrees(row.result["verdict"], expected[(row.submission.who, "top_k_tracks")])
    check_outputs(out, 9)
    # Nothing changed: nothing graded. A changed file: that one only.
    assert grade_many(source, PROBLEMS, out, verify_mode=True).graded == 0
    changed = source / next(iter(expected))[0] / "top_k_tracks.py"
    changed.write_text(changed.read_text() + "\n# edited\n")
    again = grade_many(source, PROBLEMS, out, verify_mode=True)
    assert (again.graded, again.reused) == (1, 8)


# --- Dask: a local cluster of two worker processes -------------------------------------

@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    import dask

    # A task is given up (KilledWorker) after its second worker death, not its fourth.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), \
            distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                     dashboard_address=None, host="127.0.0.1") as local:
        yield local


def worker_pids(cluster: Any) -> list[int]:
    import distributed

    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        return sorted(client.run(os.getpid).values())


@pytest.mark.timeout(300)  # a hung run fails here instead of stalling CI
def test_dask_grades_forty_planted_files_as_expected_despite_a_killed_worker(
        tmp_path: Path, cluster: Any) -> None:
    source = tmp_path / "class"
    expected = plant(source, ("most_played_track", "top_k_tracks", "dedupe_replays",
                              "merge_streams", "artist_hops"), 40, accepted=("most_played_track",))
    pids = worker_pids(cluster)
    killed: list[int] = []

    def progress(done: int, total: int, text: str) -> None:
        if done >= 6 and not killed:  # mid-run: the victim is busy with a check
            os.kill(pids[0], signal.SIGKILL)
            killed.append(done)

    out = tmp_path / "out"
    report = grade_many(source, PROBLEMS, out, dask=cluster.scheduler_address,
                        verify_mode=True, progress=progress)
    assert killed, "the worker was not killed"
    assert report.graded == 40
    wrong = [(row.submission.who, row.result["verdict"], row.result["summary"])
             for row in report.rows
             if not agrees(row.result["verdict"],
                           expected[(row.submission.who, row.submission.problem.slug)])]
    assert not wrong
    counts = ResultStore(out / "results.db").counts()
    assert len(counts) == 40 and set(counts.values()) == {1}, "lost or duplicated"
    rows = check_outputs(out, 40)
    assert {row["file"] for row in rows} == {str(s) for s in source.glob("*/*.py")}


@pytest.mark.timeout(120)
def test_a_submission_that_keeps_killing_workers_is_a_judge_error(
        tmp_path: Path, cluster: Any) -> None:
    def kills_its_worker(*args: Any) -> dict[str, Any]:
        os.kill(os.getpid(), signal.SIGKILL)
        raise AssertionError("unreachable")

    source = tmp_path / "class"
    plant(source, ("most_played_track",), 1)
    (sub,) = read_source(source, PROBLEMS)
    task = Task(sub, Key(sub.sha256, package_hash(sub.problem.path)))
    got: list[dict[str, Any]] = []
    dask_engine.run_dask([task], lambda task, data: got.append(data),
                         address=cluster.scheduler_address, task_function=kills_its_worker)
    (data,) = got
    assert data["verdict"] == "Judge Error"
    assert "lost with every Dask worker that ran it" in data["summary"]
    jsonschema.validate(data, CHECK_SCHEMA)


def test_a_report_counts_throughput() -> None:
    report = BatchReport((), graded=30, reused=0, seconds=60.0, engine="local, 2 jobs",
                         out=Path("x"))
    assert report.per_minute == 30.0
    assert BatchReport((), 0, 5, 0.1, "local", Path("x")).per_minute is None
