"""The speed statistics and rules, on their own (no processes, no clocks)."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from pathlib import Path

import pytest

from judge.errors import ProblemFormatError
from judge.grading.verdicts import PreviousCheck
from judge.packages.format import load_problem
from judge.practice.history import compare_with_last
from judge.speed.timing import compare_growth, fit_slope, growth_class, predict_seconds, too_slow

from .test_problems import GOOD, package


def test_slope_of_exact_powers() -> None:
    sizes = [1000, 2000, 4000, 8000]
    assert fit_slope(sizes, [n * 1e-6 for n in sizes]) == pytest.approx(1.0)
    assert fit_slope(sizes, [n * n * 1e-9 for n in sizes]) == pytest.approx(2.0)
    assert fit_slope(sizes, [n * math.log(n) * 1e-7 for n in sizes]) == pytest.approx(1.12,
                                                                                      abs=0.02)
    assert fit_slope([1000], [0.1]) is None


@pytest.mark.parametrize("slope, words", [(0.1, "constant"), (1.2, "about n (or n log n)"),
                                          (1.95, "about n^2"), (3.0, "about n^3")])
def test_growth_class_names(slope: float, words: str) -> None:
    assert words in growth_class(slope)


def test_growth_comparison_thresholds() -> None:
    assert compare_growth(1.95, 1.05, 4).verdict == "faster"
    assert "about n^2 where the reference is about n" in compare_growth(1.95, 1.05, 4).text
    assert compare_growth(1.15, 1.0, 4).verdict == "same"
    assert compare_growth(1.4, 1.0, 4).verdict == "inconclusive"
    assert compare_growth(1.95, 1.05, 2).verdict == "unknown"
    short = compare_growth(6.3, 2.4, 3, reference_reliable=False)
    assert short.verdict == "faster" and "where the reference is" not in short.text
    assert "too short to place its own class" in short.text
    flattened = compare_growth(1.37, 0.64, 4)  # same class: the reference's fixed costs
    assert flattened.verdict == "inconclusive" and "both about n" in flattened.text


def test_too_slow_rules() -> None:
    same = compare_growth(1.0, 1.0, 4)
    assert too_slow(1.2, 3.0, same, None) is None
    assert "5.0x slower" in (too_slow(5.0, 3.0, same, None) or "")
    assert too_slow(1.0, 3.0, compare_growth(2.0, 1.0, 4), None)
    assert too_slow(None, 3.0, same, "cut off at n=8") == "cut off at n=8"


def test_prediction_assumes_at_least_linear_growth() -> None:
    assert predict_seconds(1000, 1.0, 2000, 2.0) == pytest.approx(4.0)
    assert predict_seconds(1000, 1.0, 2000, 0.5) == pytest.approx(2.0)


def test_last_attempt_comparison() -> None:
    at = datetime(2026, 12, 7, 14, 2, 30, tzinfo=UTC)

    def last(ratio: float) -> PreviousCheck:
        return PreviousCheck("/home/you/submissions/x.py", at, ratio)

    assert compare_with_last(1.0, last(1.8), "submissions/x.py") == (
        "1.8x faster than your last timed check of submissions/x.py (2026-12-07 14:02 UTC:"
        " 1.80x the reference's time)")
    assert compare_with_last(2.0, last(1.0), "x.py").startswith(
        "2.0x slower than your last timed check of x.py")
    assert compare_with_last(1.0, last(1.05), "x.py").startswith(
        "about as fast as your last timed check of x.py")
    assert compare_with_last(1.0, None, "x.py") is None
    assert compare_with_last(None, last(1.0), "x.py") is None


SPEED = "\n[speed]\nsizes = [1000, 2000, 4000, 8000]\nverify_sizes = [10, 20, 40, 80]\n"


def test_speed_table_is_validated(tmp_path: Path) -> None:
    folder = package(tmp_path, GOOD + SPEED)
    with pytest.raises(ProblemFormatError, match=r"speed\.py"):
        load_problem(folder)
    (folder / "tests" / "speed.py").write_text("def generate(n, rng):\n    return (n,)\n")
    assert load_problem(folder).speed is not None
    bad = GOOD + SPEED.replace("[1000, 2000, 4000, 8000]", "[1000, 2000, 4000]")
    (folder / "problem.toml").write_text(bad)
    with pytest.raises(ProblemFormatError, match="at least 4 ascending sizes spanning"):
        load_problem(folder)


def test_memory_rule_says_too_slow_for_memory() -> None:
    from judge.speed.timing import memory_too_much

    sizes = [125_000, 250_000, 500_000, 1_000_000]
    assert memory_too_much(sizes, [100, 120, 90, 400], [0, 40, 0, 0], 1.0) is None
    text = memory_too_much(sizes, [4_800, 9_700, 19_500, 39_000], [0, 0, 4, 8], 1.0) or ""
    assert text.startswith("Too Slow for memory: at n=1,000,000 your code's peak memory grew"
                           " by 38.1 MiB, the reference's by 0.0 MiB")
    assert "grows about like n^1.0" in text
