"""Ctrl-C during a check: the judge stops at once, leaves no process behind and
records nothing (a check is recorded only when it finished)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from judge.isolation.client import descendants, marked

from .conftest import HOSTILE, ROOT


def _wait_for_worker(prefix: str, timeout: float = 60.0) -> None:
    """Until a worker of the check is running (found by its marker)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if marked(prefix):
            return
        time.sleep(0.05)
    raise AssertionError("no worker started")


@pytest.mark.slow
@pytest.mark.parametrize("phase", ["correctness", "speed"])
def test_ctrl_c_leaves_no_process_and_no_record(tmp_path: Path, phase: str) -> None:
    runs = tmp_path / "runs"
    runs.mkdir()
    data = tmp_path / "data"
    env = {**os.environ, "TMPDIR": str(runs), "JUDGE_DATA_DIR": str(data),
           "PYTHONPATH": str(ROOT)}
    # an endless loop is caught in the correctness phase; the naive count only in speed
    file = (HOSTILE / "infinite_loop.py" if phase == "correctness"
            else HOSTILE / "patches_timers.py")
    proc = subprocess.Popen([sys.executable, "-m", "judge", "check", "most_played_track",
                             "--file", str(file), "--json"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_worker(str(runs) + "/")
        if phase == "speed":  # wait for the speed phase's workers
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not any(
                    "/speed/" in _marker(pid) for pid in marked(str(runs) + "/")):
                time.sleep(0.05)
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)  # what a terminal's Ctrl-C sends the judge
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130 and "interrupted" in err
    assert "Traceback" not in err
    time.sleep(0.2)
    assert marked(str(runs) + "/") == [], "a process of the check outlived Ctrl-C"
    assert descendants(proc.pid) == []
    assert not list(runs.iterdir()), "the run folder was left behind"
    from judge.practice import history

    os.environ["JUDGE_DATA_DIR"], previous = str(data), os.environ.get("JUDGE_DATA_DIR")
    try:
        assert history.attempts("most_played_track") == [], "an interrupted check was recorded"
    finally:
        if previous is None:
            del os.environ["JUDGE_DATA_DIR"]
        else:
            os.environ["JUDGE_DATA_DIR"] = previous


def _marker(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/environ").read_bytes().decode("utf-8", "replace")
    except OSError:
        return ""


def test_a_process_that_ends_during_the_scan_is_skipped(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    """Between listing /proc and reading a process's file, the process may end:
    reading its environ then raises ProcessLookupError (ESRCH), not FileNotFoundError.
    A check cleaning up its workers must skip it, not fail with a Judge Error."""
    import builtins

    real_open = builtins.open
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        def ended(path: object, *args: object, **kwargs: object) -> object:
            if str(path).startswith(f"/proc/{child.pid}/"):
                raise ProcessLookupError(3, "No such process")
            return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(builtins, "open", ended)
        assert child.pid not in descendants(os.getpid())
        assert marked("/nowhere/") == []
        monkeypatch.undo()
        assert child.pid in descendants(os.getpid())
    finally:
        child.kill()
        child.wait()
