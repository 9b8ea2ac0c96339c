"""Pure statistics of the speed check: ratios, growth slopes, the Too Slow rule.

No processes here; :mod:`judge.speed.measure` measures, these functions decide. The
thresholds come from the measurements in DESIGN.md ("Growth from timing"):

- the log-log slope separates quadratic (>= 1.9) from linear and n log n
  (1.0-1.4 each), but NOT linear from n log n;
- so a submission's slope is compared with the reference's: a difference of
  GROWTH_WORSE (0.6) or more, between slopes of different classes, is a worse
  class; GROWTH_SAME (0.25) or less the same class; anything else is
  inconclusive and said so (a reference with fixed costs, such as building a
  sparse matrix, fits a flattened slope at small n).
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

GROWTH_SAME = 0.25
GROWTH_WORSE = 0.6
RELIABLE_CALL_S = 0.0005  # DESIGN.md: ratios need calls of 0.5-1 ms or more
NOISY_SPREAD = 1.5  # max/min of per-process ratios; 15-30% between processes is normal


def median(values: Sequence[float]) -> float:
    return float(statistics.median([float(v) for v in values]))


def spread(values: Sequence[float]) -> float:
    """max/min of positive values (1.0 means perfectly stable)."""
    low = min(values)
    return max(values) / low if low > 0 else math.inf


def fit_slope(sizes: Sequence[int], seconds: Sequence[float]) -> float | None:
    """Least-squares slope of log(time) against log(n); None with fewer than 2 sizes."""
    points = [(math.log(n), math.log(t)) for n, t in zip(sizes, seconds, strict=True)
              if n > 0 and t > 0]
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    if sxx == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / sxx


def growth_class(slope: float | None) -> str:
    """A person's name for a fitted slope (timing cannot tell n from n log n)."""
    if slope is None:
        return "unknown"
    if slope < 0.5:
        return "about constant"
    if slope < 1.5:
        return "about n (or n log n)"
    if slope < 2.5:
        return "about n^2"
    if slope < 3.5:
        return "about n^3"
    return f"about n^{slope:.0f}"


@dataclass(frozen=True)
class Growth:
    """How the submission's growth compares with the reference's."""

    verdict: str  # "same" | "faster" | "slower" | "inconclusive" | "unknown"
    yours: float | None
    reference: float | None
    text: str

    def __str__(self) -> str:
        return self.text


def compare_growth(yours: float | None, reference: float | None, sizes_measured: int,
                   margin: float = GROWTH_WORSE, reference_reliable: bool = True) -> Growth:
    """``reference_reliable`` is False when the reference's calls at the fitted
    sizes are too short (under RELIABLE_CALL_S) to place its own class."""
    if yours is None or reference is None or sizes_measured < 3:
        return Growth("unknown", yours, reference,
                      f"growth unknown: only {sizes_measured} size(s) measured")
    slopes = f"(slopes {yours:.2f} vs {reference:.2f})"
    diff = yours - reference
    if diff >= margin and growth_class(yours) == growth_class(reference):
        # A gap inside one class is usually the reference's fixed costs flattening
        # its slope at small n, not a worse class: no claim without clear evidence.
        return Growth("inconclusive", yours, reference,
                      f"growth inconclusive: both about {growth_class(yours)[6:]}, though"
                      f" yours rises faster over these sizes {slopes}")
    if diff >= margin:
        theirs = (f"where the reference is {growth_class(reference)} {slopes}"
                  if reference_reliable else
                  f"{slopes}; the reference's calls at these sizes are too short to"
                  " place its own class")
        return Growth("faster", yours, reference,
                      f"grows faster: {growth_class(yours)} {theirs}")
    if abs(diff) <= GROWTH_SAME:
        return Growth("same", yours, reference, f"same growth as the reference {slopes}")
    if diff <= -margin:
        return Growth("slower", yours, reference,
                      f"grows more slowly than the reference {slopes}")
    return Growth("inconclusive", yours, reference,
                  f"growth inconclusive: between the same class and a worse one {slopes}")


ASSUMED_LOG_SD = 0.15  # per-round noise of a ratio when no size had two rounds (DESIGN.md)
MIN_DF = 4  # degrees of freedom an interval rests on; fewer measured are topped up with the above
LOCAL_GAP = 0.5  # of the growth margin: the gap every step must show for a certain class


@dataclass(frozen=True)
class Interval:
    """A ratio and its 95% confidence interval (from per-round paired ratios)."""

    ratio: float
    low: float
    high: float
    rounds: int
    assumed: bool = False  # no size had two rounds: the noise is DESIGN.md's, not measured

    def __str__(self) -> str:
        text = f"{self.ratio:.2f}x, 95% interval {self.low:.2f}-{self.high:.2f}"
        return text + (" (noise assumed, one round)" if self.assumed else "")


def ratio_interval(rounds_by_size: Sequence[Sequence[float]]) -> Interval | None:
    """The last size's ratio with its 95% interval: the geometric mean of its
    per-round ratios, and a t interval on their logs whose standard deviation is
    pooled over every size (the round-to-round noise is the machine's, not the
    size's; a long-call size with one round still gets an interval).

    With fewer than MIN_DF degrees of freedom measured (a slow submission whose
    calls allow one or two rounds a size), the missing ones count at the assumed
    noise: t with one degree of freedom is 12.7, and two rounds 2x apart made a
    133x ratio's interval 1.04-17,000x, so a naive algorithm was Accepted as "too
    close to call". No round repeated at all: the assumed noise alone."""
    if not rounds_by_size or not rounds_by_size[-1]:
        return None
    from scipy.special import stdtrit  # the t quantile, without scipy.stats' 1-2 s import

    logs = [[math.log(r) for r in rounds if r > 0] for rounds in rounds_by_size]
    last = logs[-1]
    if not last:
        return None
    mean = statistics.fmean(last)
    df = sum(len(values) - 1 for values in logs if len(values) >= 2)
    if df > 0:
        squares = sum(sum((v - statistics.fmean(values)) ** 2 for v in values)
                      for values in logs if len(values) >= 2)
        topped = max(0, MIN_DF - df)
        squares, df = squares + topped * ASSUMED_LOG_SD ** 2, df + topped
        sd, quantile, assumed = math.sqrt(squares / df), float(stdtrit(df, 0.975)), False
    else:
        sd, quantile, assumed = ASSUMED_LOG_SD, 1.96, True
    half = quantile * sd / math.sqrt(len(last))
    return Interval(math.exp(mean), math.exp(mean - half), math.exp(mean + half), len(last),
                    assumed)


def growth_holds(sizes: Sequence[int], yours: Sequence[float], reference: Sequence[float],
                 margin: float) -> bool:
    """Whether a worse growth shows at every step between sizes, not only in the
    fit: the submission's local slope exceeds the reference's by at least
    LOCAL_GAP * margin between each pair of consecutive sizes."""
    steps = list(zip(sizes, yours, reference, strict=True))
    if len(steps) < 3:
        return False
    for (n0, y0, r0), (n1, y1, r1) in itertools.pairwise(steps):
        if min(y0, y1, r0, r1) <= 0:
            return False
        step = math.log(n1 / n0)
        if (math.log(y1 / y0) - math.log(r1 / r0)) / step < LOCAL_GAP * margin:
            return False
    return True


@dataclass(frozen=True)
class Decision:
    too_slow: str | None
    note: str  # for an Accepted submission: what the figures mean
    certain: bool  # whether more rounds could change the verdict


def decide_speed(interval: Interval | None, factor: float, expected: float, growth: Growth,
                 growth_certain: bool, n: int | None, measured_cut: str | None = None
                 ) -> Decision:
    """The speed verdict (README, "Speed verdicts"). Pure.

    Too Slow needs certain evidence: a measured call far over the cap
    (``measured_cut``), a worse growth at every step, or the ratio's whole 95%
    interval above the limit. Between ``expected`` and the limit, or too close
    to the limit to call, the submission is Accepted with a note."""
    reasons = []
    if measured_cut:
        reasons.append(measured_cut)
    elif interval is not None and interval.low > factor:
        reasons.append(f"{interval.ratio:.1f}x slower than the reference at n={n:,}"
                       f" (95% interval {interval.low:.1f}-{interval.high:.1f}x; allowed:"
                       f" {factor:g}x)")
    if growth.verdict == "faster" and growth_certain:
        reasons.append(growth.text)
    if reasons:
        return Decision("; ".join(reasons), "", True)
    if interval is None:
        return Decision(None, "", True)
    same = "same growth" if growth.verdict == "same" else str(growth)
    if interval.ratio > factor:
        return Decision(None, f"{interval}: above the limit of {factor:g}x, but the interval"
                        " reaches below it, so it is not called Too Slow; check again on a"
                        " quieter machine", False)
    if interval.ratio > expected:
        return Decision(None, f"{interval.ratio:.1f}x the reference, {same}: a constant factor"
                        f" an interviewer may ask about (well-written solutions stay under"
                        f" {expected:g}x; the limit is {factor:g}x)", interval.high <= factor)
    if growth.verdict == "faster":
        return Decision(None, f"{growth.text}, though not at every size measured: not called"
                        " Too Slow", False)
    return Decision(None, "", interval.high <= factor)


def predict_seconds(last_n: int, last_s: float, next_n: int, slope: float | None) -> float:
    """Time expected at ``next_n`` from the last measurement, assuming at least linear growth."""
    exponent = max(slope or 1.0, 1.0)
    return float(last_s * math.pow(next_n / last_n, exponent))


def memory_too_much(sizes: Sequence[int], yours_kib: Sequence[int], reference_kib: Sequence[int],
                    slack_mb: float) -> str | None:
    """Why the submission uses too much memory, or None. Pure.

    Peak growth is resident memory a call added at its peak, read by the judge
    from the kernel. Too much: at the largest size it exceeds the reference's
    by more than ``slack_mb`` MiB. The report also says how it grows with n.
    """
    if not sizes or len(yours_kib) != len(sizes) or len(reference_kib) != len(sizes):
        return None
    extra_mb = (yours_kib[-1] - reference_kib[-1]) / 1024
    if extra_mb <= slack_mb:
        return None
    slope = fit_slope(list(sizes), [k + 64 for k in yours_kib])  # +64 KiB: a floor for 0
    grows = (f"; it grows about like n^{slope:.1f}" if slope is not None and slope >= 0.5
             and len(sizes) >= 3 else "")
    return (f"Too Slow for memory: at n={sizes[-1]:,} your code's peak memory grew by"
            f" {yours_kib[-1] / 1024:.1f} MiB, the reference's by {reference_kib[-1] / 1024:.1f}"
            f" MiB (allowed: {slack_mb:g} MiB more than the reference){grows}")
