"""The speed phase on planted fast and slow solutions, with wide margins.

These are verdict tests, not benchmarks: thresholds are ratios against the
reference measured in the same run, far from where the verdicts flip.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from judge.cli import main
from judge.grading.verdicts import Verdict
from judge.speed.measure import measure

from .conftest import HOSTILE, PROBLEMS, grade, problem

pytestmark = pytest.mark.slow
MOST_PLAYED = PROBLEMS / "most_played_track"


def test_reference_against_itself_is_about_one(tmp_path: Path) -> None:
    report = measure(problem("most_played_track"), MOST_PLAYED / "reference.py", tmp_path,
                     verify_mode=True)
    assert report.too_slow is None and report.failure is None
    assert report.ratio is not None and 0.6 < report.ratio < 1.6
    assert report.growth.verdict in ("same", "inconclusive")
    assert len(report.points) == len(report.sizes)


def test_naive_quadratic_is_too_slow_and_grows_faster(tmp_path: Path) -> None:
    report = measure(problem("most_played_track"),
                     MOST_PLAYED / "planted" / "too_slow" / "count_per_track.py", tmp_path,
                     verify_mode=True)
    assert report.too_slow is not None
    assert report.ratio is not None and report.ratio > 6
    assert report.growth.verdict == "faster" and "about n^2" in report.growth.text


def test_too_slow_on_two_sizes_still_hears_its_growth(tmp_path: Path) -> None:
    """A quadratic call over the cap at the third size leaves two sizes, too few for a
    growth: the judge times a smaller (verify) size to name it. The verdict and its
    ratio come from the sizes of record."""
    import shutil

    from judge.packages.format import find_problem

    root = tmp_path / "problems"
    shutil.copytree(MOST_PLAYED, root / "most_played_track",
                    ignore=shutil.ignore_patterns("__pycache__"))
    toml = root / "most_played_track" / "problem.toml"
    text = re.sub(r"(?m)^verify_sizes = .*$", "verify_sizes = [500, 1000, 2000, 4000]",
                  toml.read_text())
    toml.write_text(re.sub(r"(?m)^sizes = .*$", "sizes = [4000, 16000, 64000, 256000]", text))
    submission = tmp_path / "quadratic.py"
    submission.write_text((MOST_PLAYED / "reference.py").read_text().replace(
        "    counts: dict[str, int] = {}",
        "    for _ in range(len(plays) * len(plays) // 8):\n        pass\n"
        "    counts: dict[str, int] = {}"))
    report = measure(find_problem(root, "most_played_track"), submission, tmp_path / "work")
    assert report.cut_off == 64000 and report.handled == 16000, report
    assert report.too_slow is not None and report.interval is not None
    assert report.too_slow.startswith(
        f"{report.interval.ratio:.1f}x slower than the reference at n=16,000")
    assert "grows faster: about n^2" in report.too_slow
    assert "timed at n=2,000 to 16,000" in report.too_slow
    assert [p.n for p in report.points] == [2000, 4000, 16000]
    assert report.hot_lines and report.profiled_n == 16000


def test_a_content_cache_buys_no_better_ratio(tmp_path: Path) -> None:
    """Every timed call gets an input of its own: the naive count with its answers
    cached by content measures like the naive count without the cache."""
    plain = measure(problem("most_played_track"),
                    MOST_PLAYED / "planted" / "too_slow" / "count_per_track.py",
                    tmp_path / "plain", verify_mode=True)
    cached = measure(problem("most_played_track"), HOSTILE / "memoizes_by_content.py",
                     tmp_path / "cached", verify_mode=True)
    assert cached.too_slow is not None and cached.failure is None
    for mine, theirs in zip(cached.points, plain.points, strict=False):
        assert mine.ratio > 0.5 * theirs.ratio, (mine, theirs)


def test_a_result_that_differs_only_on_speed_inputs_is_wrong_answer(tmp_path: Path) -> None:
    result = grade("most_played_track", HOSTILE / "wrong_on_speed_inputs.py", tmp_path,
                   verify_mode=True)
    assert result.verdict is Verdict.WRONG_ANSWER
    assert result.failure is not None
    assert re.match(r"your result differs from the reference's on a speed input of size"
                    r" n=[\d,]+", result.failure.reason)


@pytest.mark.parametrize("slug, file, line", [
    ("most_played_track", "count_per_track.py", "plays.count"),
    ("artist_hops", "list_queue_and_visited.py", "not in visited"),
])
def test_too_slow_names_the_line_that_took_the_time(tmp_path: Path, slug: str, file: str,
                                                     line: str) -> None:
    path = PROBLEMS / slug / "planted" / "too_slow" / file
    report = measure(problem(slug), path, tmp_path, verify_mode=True)
    assert report.too_slow is not None
    assert report.hot_lines, report
    top = report.hot_lines[0]
    assert line in top.text and top.share > 0.3
    assert path.read_text().splitlines()[top.line - 1].strip().startswith(top.text[:40])


def test_the_ratio_comes_with_its_interval(tmp_path: Path) -> None:
    report = measure(problem("most_played_track"), MOST_PLAYED / "reference.py", tmp_path,
                     verify_mode=True)
    assert report.interval is not None
    assert report.interval.low <= report.ratio <= report.interval.high  # type: ignore[operator]
    assert "95% interval" in report.summary()


def test_speed_failure_at_scale_is_a_runtime_error(tmp_path: Path) -> None:
    """Correct on small inputs, crashes on big ones: the speed phase says at which n."""
    source = (MOST_PLAYED / "reference.py").read_text() + (
        "\n_real = most_played_track\n\n\ndef most_played_track(plays):\n"
        "    if len(plays) > 5000:\n        raise RuntimeError('too big for me')\n"
        "    return _real(plays)\n")
    result = grade("most_played_track", source, tmp_path)
    assert result.verdict is Verdict.RUNTIME_ERROR
    assert result.failure is not None
    assert re.match(r"at n=[\d,]+ your code raised RuntimeError: too big for me",
                    result.failure.reason)


def test_running_out_of_memory_at_scale_is_too_slow(tmp_path: Path) -> None:
    """Correct on the hidden tests, out of memory at a speed size the reference handles
    (a dense n x n matrix): it does not scale, and says where, as a call over the cap."""
    source = (MOST_PLAYED / "reference.py").read_text() + (
        "\n_real = most_played_track\n\n\ndef most_played_track(plays):\n"
        "    if len(plays) > 20000:\n        table = bytearray(len(plays) ** 3)\n"
        "    return _real(plays)\n")
    result = grade("most_played_track", source, tmp_path, verify_mode=True)
    assert result.verdict is Verdict.TOO_SLOW, result
    assert result.failure is not None
    assert re.match(r"stopped at n=32,000 \(your code ran out of memory at line \d+, in"
                    r" most_played_track: table = bytearray",
                    result.failure.reason), result.failure.reason


def test_json_carries_the_speed_numbers(small_problems: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("JUDGE_DATA_DIR", str(tmp_path / "data"))
    reference = str(MOST_PLAYED / "reference.py")
    argv = ["--problems", str(small_problems), "check", "most_played_track", "--file",
            reference, "--json"]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    speed = data["speed"]
    assert data["verdict"] == "Accepted" and speed["ratio"] > 0
    assert {"n", "yours_s", "reference_s", "ratio", "spread"} <= set(speed["points"][0])
    assert speed["growth"]["verdict"] in ("same", "inconclusive")
    assert speed["compared_with_last"] is None
    assert main(argv) == 0  # the second check compares with the first
    assert f"your last timed check of {reference}" in json.loads(capsys.readouterr().out)[
        "speed"]["compared_with_last"]


@pytest.mark.parametrize("broken", ["generator", "reference"])
def test_a_broken_generator_or_reference_is_a_judge_error(tmp_path: Path, broken: str) -> None:
    """The harness failing in the speed phase is the judge's fault: Judge Error with the
    log, never a traceback for the user, never blamed on the submission."""
    import shutil

    from judge.grading.runner import check
    from judge.packages.format import find_problem

    root = tmp_path / "problems"
    shutil.copytree(MOST_PLAYED, root / "most_played_track",
                    ignore=shutil.ignore_patterns("__pycache__"))
    folder = root / "most_played_track"
    if broken == "generator":
        speed = folder / "tests" / "speed.py"
        speed.write_text(speed.read_text() + "\n\ndef generate(n, rng):\n"
                         "    raise KeyError('the generator broke')\n")
    else:  # right on the hidden tests' small inputs, broken on the speed sizes
        reference = folder / "reference.py"
        reference.write_text(reference.read_text() + "\n\n_real = most_played_track\n\n\n"
                             "def most_played_track(plays):\n    if len(plays) > 3000:\n"
                             "        raise KeyError('the reference broke')\n"
                             "    return _real(plays)\n")
    submission = tmp_path / "mine.py"
    submission.write_text((MOST_PLAYED / "reference.py").read_text())
    result = check(find_problem(root, "most_played_track"), submission, verify_mode=True)
    assert result.verdict is Verdict.JUDGE_ERROR, result
    assert result.failure is not None and f"the {broken} broke" in result.failure.log
    assert "Traceback" not in result.summary


def test_a_short_batch_never_reads_as_no_time(tmp_path: Path) -> None:
    """The worker's CPU clock is read once the worker has stopped running: read while
    it was still returning from its reply, the kernel had not yet added the batch,
    and one short batch in about 8,000 read 0 ns (a ratio of 0, whose log failed the
    check as Judge Error). Here many short batches, each with real work, all cost
    something; and a clock that did not move still gives a positive time."""
    from judge.isolation.client import PRELOAD, ZYGOTES, Timed, WorkerProcess
    from judge.packages.format import Limits

    submission = tmp_path / "solution.py"
    submission.write_text("def f(n):\n    return sum(range(n))\n")
    holder = ZYGOTES.get(0).holder(PRELOAD)
    try:
        holder.stash("i0", (20_000,), {})
        worker = WorkerProcess(submission, "f", "function", Limits(), tmp_path / "worker",
                               source=holder)
        worker.start()
        try:
            readings = [worker.timed_run(["i0"], 1, 10.0) for _ in range(2000)]
        finally:
            worker.close()
    finally:
        holder.close()
    assert all(isinstance(r, Timed) for r in readings)
    assert min(r.cpu_ns for r in readings if isinstance(r, Timed)) > 0
    assert Timed(cpu_ns=0, inner_ns=0, repeat=10).per_call_s > 0


def test_a_worker_that_ends_right_after_its_reply_is_its_own_crash(tmp_path: Path) -> None:
    """A thread the submission left may end the worker between its reply to the timed
    calls and the judge's read of its CPU clock, which then fails (the process is
    gone). That is the submission's crash (Died, so Runtime Error), never an OSError
    that would end the check as Judge Error."""
    from judge.isolation.client import PRELOAD, ZYGOTES, Died, WorkerProcess
    from judge.packages.format import Limits

    submission = tmp_path / "solution.py"
    submission.write_text("import os, threading, time\n"
                          "def f(n):\n"
                          "    threading.Thread(target=lambda: (time.sleep(0.2), os._exit(3)))"
                          ".start()\n"
                          "    return n\n")
    holder = ZYGOTES.get(0).holder(PRELOAD)
    try:
        holder.stash("i0", (1,), {})
        worker = WorkerProcess(submission, "f", "function", Limits(), tmp_path / "worker",
                               source=holder)
        worker.start()
        settle = worker.settled_cpu_ns

        def settle_after_the_end(wait_s: float = 0.0) -> int:
            time.sleep(0.5)  # the thread has ended the process by now
            return settle(wait_s)

        try:
            worker.settled_cpu_ns = settle_after_the_end  # type: ignore[method-assign]
            reading = worker.timed_run(["i0"], 1, 10.0)
        finally:
            worker.close()
    finally:
        holder.close()
    assert isinstance(reading, Died), reading
