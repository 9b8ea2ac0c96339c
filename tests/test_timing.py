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
from judge.speed.timing import (
    Interval,
    compare_growth,
    decide_speed,
    fit_slope,
    growth_class,
    growth_holds,
    predict_seconds,
    ratio_interval,
)

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


def test_the_interval_pools_round_noise_over_sizes() -> None:
    steady = ratio_interval([[2.0, 2.02, 1.98], [2.5, 2.52, 2.48, 2.5]])
    assert steady is not None and not steady.assumed
    assert steady.low < 2.5 < steady.high and steady.high / steady.low < 1.05
    assert steady.ratio == pytest.approx(2.5, rel=1e-3)
    noisy = ratio_interval([[1.0, 2.0, 1.5], [2.5, 2.6]])
    assert noisy is not None and noisy.high / noisy.low > 2
    # One round at the last size still gets an interval, from the other sizes' noise.
    single = ratio_interval([[2.0, 2.1, 1.9], [3.0]])
    assert single is not None and single.low < 3.0 < single.high and single.rounds == 1
    # Two rounds 2x apart and then one: t with 1 degree of freedom would put a 133x
    # ratio's interval at 0.26-68,000x; the assumed noise tops it up to MIN_DF.
    few = ratio_interval([[30.0, 60.0], [133.0]])
    assert few is not None and 50 < few.low < 133 < few.high < 300
    alone = ratio_interval([[3.0]])
    assert alone is not None and alone.assumed and "noise assumed" in str(alone)


def test_growth_must_hold_at_every_step() -> None:
    sizes = [1000, 2000, 4000, 8000]
    linear = [1.0, 2.0, 4.0, 8.0]
    assert growth_holds(sizes, [1.0, 4.0, 16.0, 64.0], linear, 0.6)
    # Quadratic in the fit, but flat over one step: not certain.
    assert not growth_holds(sizes, [1.0, 4.0, 16.0, 17.0], linear, 0.6)
    assert not growth_holds(sizes[:2], [1.0, 4.0], linear[:2], 0.6)


def interval(ratio: float, low: float, high: float) -> Interval:
    return Interval(ratio, low, high, 6)


def test_too_slow_needs_certainty() -> None:
    same = compare_growth(1.0, 1.0, 4)
    worse = compare_growth(2.0, 1.0, 4)
    ok = decide_speed(interval(1.2, 1.1, 1.3), 3.0, 2.0, same, False, 1000)
    assert ok.too_slow is None and ok.note == "" and ok.certain
    slow = decide_speed(interval(5.0, 4.5, 5.5), 3.0, 2.0, same, False, 1000)
    assert slow.too_slow and "5.0x slower" in slow.too_slow and "4.5-5.5x" in slow.too_slow
    close = decide_speed(interval(3.2, 2.7, 3.8), 3.0, 2.0, same, False, 1000)
    assert close.too_slow is None and not close.certain and "not called Too Slow" in close.note
    gap = decide_speed(interval(2.7, 2.5, 2.9), 3.0, 2.0, same, False, 1000)
    assert gap.too_slow is None and "2.7x the reference, same growth: a constant factor" in gap.note
    grows = decide_speed(interval(1.5, 1.4, 1.6), 3.0, 2.0, worse, True, 1000)
    assert grows.too_slow and "grows faster" in grows.too_slow
    unsure = decide_speed(interval(1.5, 1.4, 1.6), 3.0, 2.0, worse, False, 1000)
    assert unsure.too_slow is None and "not at every size" in unsure.note
    measured = decide_speed(None, 3.0, 2.0, same, False, None, "stopped at n=8 (one call took 9 s)")
    assert measured.too_slow == "stopped at n=8 (one call took 9 s)"


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


def test_a_too_slow_report_names_the_growth_of_the_largest_sizes() -> None:
    """Small sizes where fixed costs dominate flatten a fit over all sizes; the name
    then comes from the largest three, and only a worse class is ever named. The
    figures are artist_spread's quadratic rescan, measured."""
    from judge.speed.measure import SizePoint, _named_growth

    def points(times: list[tuple[int, float, float]]) -> list[SizePoint]:
        return [SizePoint(n, yours, ref, yours / ref, 1.0, 6) for n, yours, ref in times]

    rescan = points([(16, 1.2e-5, 9e-6), (24, 1.8e-5, 1.3e-5), (32, 2.4e-5, 1.6e-5),
                     (48, 3.3e-5, 2.2e-5), (64, 4.4e-5, 2.9e-5), (1000, 7.6e-4, 3.9e-4),
                     (2000, 2.27e-3, 8.6e-4), (4000, 7.64e-3, 1.9e-3),
                     (8000, 2.81e-2, 4.11e-3), (50000, 1.0023, 3.17e-2)])
    assert compare_growth(fit_slope([p.n for p in rescan], [p.yours_s for p in rescan]),
                          fit_slope([p.n for p in rescan], [p.reference_s for p in rescan]),
                          len(rescan)).verdict == "inconclusive"
    growth, holds, span = _named_growth(rescan, 0.6)
    assert growth.verdict == "faster" and "about n^2" in growth.text
    assert [p.n for p in span] == [4000, 8000, 50000] and holds
    # a constant factor of 30 at every size, fixed costs at the small ones: nothing named
    same = points([(n, 30 * (1e-5 + n * 2e-7), 1e-5 + n * 2e-7)
                   for n in (16, 64, 1000, 4000, 50000)])
    growth, _, span = _named_growth(same, 0.6)
    assert growth.verdict == "same" and span == same


def test_a_size_predicted_over_the_cap_is_run_once_when_nothing_is_decided() -> None:
    """A prediction does not decide a verdict: a size predicted over the cap is run as
    one call (once a check) unless the sizes measured already make a Too Slow. The
    figures are like roc_auc's O(P N) numpy loop: 32x against a limit of 35x."""
    from judge.speed.measure import ONE_CALL, SizePoint, _Cut, _next_plan

    def point(n: int, yours: float, ref: float) -> SizePoint:
        ratio = yours / ref
        return SizePoint(n, yours, ref, ratio, 1.1, 6, ratios=(ratio * 0.95, ratio * 1.05) * 3)

    below = [point(3906, 1.6e-3, 3.5e-4), point(7812, 3.4e-3, 7e-4), point(15625, 1.8e-2, 1.4e-3),
             point(62500, 0.35, 1.1e-2)]
    assert _next_plan(below, 250000, 35.0, 0.6, 5.0, 12.0) is ONE_CALL
    with pytest.raises(_Cut, match="predicted, over the"):
        _next_plan(below, 250000, 35.0, 0.6, 5.0, 12.0, one_call=False)
    with pytest.raises(_Cut, match="predicted, over the"):  # no budget left for the call
        _next_plan(below, 250000, 35.0, 0.6, 10.0, 12.0)
    above = [*below[:-1], point(62500, 0.6, 1.1e-2)]  # 55x: Too Slow already
    with pytest.raises(_Cut, match="predicted, over the"):
        _next_plan(above, 250000, 35.0, 0.6, 5.0, 12.0)
