"""The speed phase on planted fast and slow solutions, with wide margins.

These are verdict tests, not benchmarks: thresholds are ratios against the
reference measured in the same run, far from where the verdicts flip.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from judge.cli import main
from judge.grading.verdicts import Verdict
from judge.speed.measure import measure

from .conftest import PROBLEMS, grade, problem

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
