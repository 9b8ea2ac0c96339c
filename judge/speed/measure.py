"""The speed phase: the submission against the reference, side by side.

Protocol (DESIGN.md, "Speed", and the measurements at its end):

    for each size n, smallest first:
        generate the input once (tests/speed.py: generate(n, rng) -> args)
        stash it in every worker (the transfer is never timed)
        for each of PAIRS fresh (submission, reference) worker pairs:
            warm-up: one untimed-for-verdict batch each; choose a batch size
                     so that the reference's batch takes ~TARGET_BATCH_S
            ROUNDS rounds, interleaved, alternating who goes first:
                prepare (fresh top-level copies, GC collected then off)
                run the batch; its cost is the worker's CPU time, read by the
                judge from the kernel (clock_gettime on the worker's pid):
                wall clocks swing 2x when both cores are busy, CPU time does not
            ratio of the round = yours / reference
        the size's ratio = median over pairs of each pair's median ratio;
        its spread = max/min of those per-pair medians (over 1.5 is "noisy")
    slopes of log(time) against log(n) for both, compared in judge.speed.timing

A slow submission is cut off instead of making the user wait: before each
size its time is predicted from the last one, and when it is clearly the slow
side (over max(MAX_CALL_S, 2 * factor * the reference's)) and the size would
take too long, it is not run. The reference's own cost never cuts a check:
sizes whose calls take over VERY_LONG_CALL_S are measured on one pair only.

Memory, where the problem judges it (``[speed] memory = true``): around each
warm-up call the judge resets the worker's peak-RSS mark
(``/proc/PID/clear_refs``) and reads ``VmHWM`` afterwards, so the peak growth
of one call is measured from outside, beside its time. Too much is over the
reference's by more than ``memory_slack_mb`` at the largest size
(judge.speed.timing.memory_too_much): "Too Slow for memory".

A class problem's tests/speed.py also defines ``drive(cls, *args)``, a workload
of many method calls on one instance; it runs in the worker around the class.

Where pytest-benchmark is used, and where not: its ``Stats`` class computes
each size's statistics and its JSON layout is the format of saved runs
(:func:`to_benchmark_json`). Its ``benchmark`` fixture is bypassed: it times
in the calling process with a wall clock, while here the code under test runs
in separate workers, timed in pairs by a CPU clock the submission cannot reach.
"""

from __future__ import annotations

import contextlib
import math
import os
import random
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from judge.grading.outcomes import Kind, reply_outcome
from judge.isolation.client import (
    PRELOAD,
    ZYGOTES,
    Ack,
    Died,
    Holder,
    Loaded,
    Raised,
    Timed,
    WorkerProcess,
)
from judge.packages.format import Problem, load_module
from judge.speed.cpus import cpu_lease, machine_cpus
from judge.speed.timing import (
    NOISY_SPREAD,
    RELIABLE_CALL_S,
    Growth,
    compare_growth,
    fit_slope,
    median,
    memory_too_much,
    predict_seconds,
    spread,
    too_slow,
)

PAIRS = 2  # one per CPU of a 2-core machine: measured at once (see _measure_size)
ROUNDS = 3  # per pair and size, after the warm-up, for calls under LONG_CALL_S
LONG_CALL_S = 0.15  # a call this long gets one measured round per pair
VERY_LONG_CALL_S = 1.0  # a call this long is measured on one pair only
TARGET_BATCH_S = 0.002
MAX_REPEAT = 1000
MAX_CALL_S = 3.0
BUDGET_S = 18.0
CERTAIN = 4.0  # ratio over factor * CERTAIN with worse growth: stop early

CERTAIN_TEXT = "the verdict was already certain"

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class SizePoint:
    n: int
    yours_s: float
    reference_s: float
    ratio: float
    spread: float
    rounds: int
    yours_stats: dict[str, Any] = field(default_factory=dict, repr=False)
    reference_stats: dict[str, Any] = field(default_factory=dict, repr=False)
    yours_kib: int | None = None  # peak memory growth of a batch (the smallest seen)
    reference_kib: int | None = None


@dataclass(frozen=True)
class SpeedReport:
    points: tuple[SizePoint, ...]
    sizes: tuple[int, ...]
    factor: float
    growth: Growth
    ratio: float | None
    spread: float | None
    too_slow: str | None
    cut_off: int | None = None
    cut_reason: str = ""
    complexity: str = ""
    failure: dict[str, Any] | None = None  # a crash or exception during the speed runs
    memory_judged: bool = False
    memory_note: str = ""  # why memory was not measured, when it was asked for

    @property
    def memory_measured(self) -> bool:
        return bool(self.points) and all(p.yours_kib is not None for p in self.points)

    @property
    def noisy(self) -> bool:
        return self.spread is not None and self.spread > NOISY_SPREAD

    @property
    def handled(self) -> int | None:
        return self.points[-1].n if self.points else None

    def summary(self) -> str:
        if self.failure:
            return str(self.failure.get("reason", "failed during the speed runs"))
        parts = []
        if self.ratio is not None:
            how = "slower" if self.ratio >= 1 else "faster"
            times = self.ratio if self.ratio >= 1 else 1 / self.ratio
            parts.append(f"{times:.2f}x {how} than the reference at n={self.handled:,}")
        if self.cut_off:
            parts.append(f"cut off at n={self.cut_off:,} ({self.cut_reason})")
        parts.append(str(self.growth))
        if self.noisy:
            parts.append(f"noisy measurement (spread {self.spread:.2f})")
        return "; ".join(parts)


class SpeedFailure(Exception):
    """The submission crashed, raised or ran out of memory during the speed runs."""

    def __init__(self, kind: Kind, reason: str, n: int) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason
        self.n = n


def load_generator(problem: Problem) -> Callable[[int, random.Random], tuple[Any, ...]]:
    module = load_module(problem.tests / "speed.py", f"judge_speed_{problem.slug}")
    return module.generate  # type: ignore[no-any-return]


def _ok(reply: object, n: int, who: str) -> None:
    """Raise SpeedFailure unless a protocol step went through."""
    if isinstance(reply, (Ack, Loaded, Timed)):
        return
    if who == "reference":
        raise RuntimeError(f"the reference failed in the speed runs at n={n}: {reply}")
    if isinstance(reply, (Raised, Died)):
        found = reply_outcome(reply)
        where = f" ({reply.traceback[-1]})" if isinstance(reply, Raised) and reply.traceback else ""
        raise SpeedFailure(found.kind, f"at n={n:,} your code {found.reason}{where}", n)
    raise SpeedFailure(Kind.RUNTIME_ERROR, f"at n={n:,} the worker answered {reply!r}", n)


class _Cut(Exception):
    def __init__(self, n: int, reason: str) -> None:
        super().__init__(reason)
        self.n = n
        self.reason = reason


def measure(problem: Problem, submission: Path, workdir: Path, *, verify_mode: bool = False,
            progress: Progress | None = None, budget_s: float = BUDGET_S) -> SpeedReport:
    """Time the submission against the reference at the problem's speed sizes."""
    spec = problem.speed
    assert spec is not None
    sizes = spec.verify_sizes if verify_mode else spec.sizes
    generate = load_generator(problem)
    started = time.perf_counter()
    points: list[SizePoint] = []
    cut: _Cut | None = None
    failure: dict[str, Any] | None = None
    driver = (problem.tests / "speed.py").read_text() if problem.kind == "class" else None
    holder: Holder | None = None
    leases = contextlib.ExitStack()
    cpus = _lease_cpus(leases)
    # The next size's input is made while this one is timed (the generator runs
    # here, not in the timed workers, whose cost is their own CPU time).
    inputs = ThreadPoolExecutor(max_workers=1)
    upcoming = inputs.submit(generate, sizes[0], random.Random(sizes[0])) if sizes else None
    try:
        for index, n in enumerate(sizes):
            if progress:
                progress(index, len(sizes), f"n={n:,}")
            pairs = PAIRS
            if points:
                last = points[-1]
                slope = fit_slope([p.n for p in points], [p.yours_s for p in points])
                guess = predict_seconds(last.n, last.yours_s, n, slope)
                ref_slope = fit_slope([p.n for p in points], [p.reference_s for p in points])
                ref_guess = predict_seconds(last.n, last.reference_s, n, ref_slope)
                cap = max(MAX_CALL_S, 2 * spec.factor * ref_guess)
                if guess > cap:
                    raise _Cut(n, f"about {guess:.1f} s per call predicted, over the "
                               f"{cap:.1f} s cap")
                pairs = 1 if max(guess, ref_guess) >= VERY_LONG_CALL_S else PAIRS
                calls = pairs * (1 if pairs == 1 else 2 if max(guess, ref_guess) >= LONG_CALL_S
                                 else ROUNDS + 1)
                elapsed = time.perf_counter() - started
                if (guess > spec.factor * ref_guess
                        and elapsed + calls * (guess + ref_guess) > budget_s):
                    raise _Cut(n, f"the speed phase's budget of {budget_s:g} s would run"
                               " out")
                if (len(points) >= 3 and last.ratio > spec.factor * CERTAIN
                        and _growth(points, spec.growth_margin).verdict == "faster"):
                    raise _Cut(n, CERTAIN_TEXT)
            # The input is made once and sent once, to a holder; the timing
            # workers are forked from it afterwards, each finding it unpickled.
            holder = holder or ZYGOTES.get(0).holder(PRELOAD)
            assert upcoming is not None
            args = upcoming.result()
            following = sizes[index + 1] if index + 1 < len(sizes) else None
            upcoming = (inputs.submit(generate, following, random.Random(following))
                        if following is not None else None)
            holder.stash("input", args, {})
            del args
            yours, refs = _start_pairs(holder, problem, submission, workdir / f"n{n}", pairs,
                                       driver, cpus)
            try:
                points.append(_measure_size(n, yours, refs, spec.factor, spec.memory,
                                            parallel=len(cpus)))
            finally:
                for worker in yours + refs:
                    worker.close()
    except _Cut as stop:
        cut = stop
    except SpeedFailure as exc:
        failure = {"kind": exc.kind, "reason": exc.reason, "n": exc.n}
    finally:
        inputs.shutdown(wait=False, cancel_futures=True)
        if holder is not None:
            holder.close()
        leases.close()
    if progress:
        progress(len(sizes), len(sizes), "done")
    growth = _growth(points, spec.growth_margin)
    ratio = points[-1].ratio if points else None
    ratio_spread = points[-1].spread if points else None
    cut_text = None
    if cut and cut.reason != CERTAIN_TEXT:  # a certain verdict stands on its own numbers
        handled = f", after handling n={points[-1].n:,}" if points else ""
        cut_text = f"cut off at n={cut.n:,} ({cut.reason}){handled}"
    verdict_reason = None if failure else too_slow(ratio, spec.factor, growth, cut_text)
    memory_note = ""
    if spec.memory and not failure:
        measured = [p for p in points if p.yours_kib is not None and p.reference_kib is not None]
        if measured and len(measured) == len(points):
            too_much = memory_too_much([p.n for p in measured],
                                       [p.yours_kib or 0 for p in measured],
                                       [p.reference_kib or 0 for p in measured],
                                       spec.memory_slack_mb)
            if too_much:
                verdict_reason = "; ".join(r for r in (too_much, verdict_reason) if r)
        elif points:
            memory_note = ("peak memory could not be measured here (/proc/PID/clear_refs is"
                           " not writable), so it was not judged")
    return SpeedReport(tuple(points), tuple(sizes), spec.factor, growth, ratio, ratio_spread,
                       verdict_reason, cut.n if cut else None, cut.reason if cut else "",
                       spec.complexity, failure, spec.memory, memory_note)


def _lease_cpus(stack: contextlib.ExitStack) -> list[int]:
    """The CPUs this speed phase times on, leased (judge.speed.cpus) so that no other
    speed phase on this machine (another check, `judge grade --jobs N`) times on
    them meanwhile: all of them when they are free, else the first one that is."""
    try:
        return stack.enter_context(cpu_lease(len(machine_cpus()), timeout=0))
    except TimeoutError:
        return stack.enter_context(cpu_lease(1))


def _start_pairs(holder: Holder, problem: Problem, submission: Path, workdir: Path, pairs: int,
                 driver: str | None, cpus: list[int]
                 ) -> tuple[list[WorkerProcess], list[WorkerProcess]]:
    """``pairs`` (yours, reference) workers forked from the holder, loaded and pinned."""
    yours = [WorkerProcess(submission, problem.entry, problem.kind, problem.limits,
                           workdir / f"yours{i}", also=problem.also, hidden=(problem.path,),
                           source=holder) for i in range(pairs)]
    refs = [WorkerProcess(problem.reference, problem.entry, problem.kind, problem.limits,
                          workdir / f"reference{i}", also=problem.also, hidden=(problem.path,),
                          source=holder) for i in range(pairs)]
    try:
        for worker, who in [(w, "yours") for w in yours] + [(w, "reference") for w in refs]:
            _ok(worker.start(), 0, who)
            if driver is not None:
                _ok(worker.set_driver(driver, "drive"), 0, who)
    except BaseException:
        for worker in yours + refs:
            worker.close()
        raise
    _pin_pairs(yours, refs, cpus)
    return yours, refs


def _pin_pairs(yours: list[WorkerProcess], refs: list[WorkerProcess], cpus: list[int]) -> None:
    """Pin both workers of a pair to one CPU, pairs spread over the leased CPUs.

    Measured here: the same code in two processes differed by up to 1.7x when
    the scheduler placed them on different cores of this VM, and agreed within
    ~10% on the same core. Pairing by core leaves the across-core difference
    to the median over pairs.
    """
    for index, pair in enumerate(zip(yours, refs, strict=True)):
        for worker in pair:
            if worker.pid is not None:
                try:
                    os.sched_setaffinity(worker.pid, {cpus[index % len(cpus)]})
                except OSError:
                    pass


def _growth(points: list[SizePoint], margin: float) -> Growth:
    sizes = [p.n for p in points]
    reliable = bool(points) and max(p.reference_s for p in points) >= RELIABLE_CALL_S
    return compare_growth(fit_slope(sizes, [p.yours_s for p in points]),
                          fit_slope(sizes, [p.reference_s for p in points]), len(points), margin,
                          reliable)


@dataclass
class _Pair:
    """What one (yours, reference) pair measured at one size."""

    yours_s: list[float] = field(default_factory=list)
    reference_s: list[float] = field(default_factory=list)
    ratio: float = 0.0
    your_peak: int | None = None
    reference_peak: int | None = None
    very_long: bool = False  # its calls were so long that one round is all there is


def _measure_pair(pair: int, mine: WorkerProcess, theirs: WorkerProcess, n: int,
                  factor: float, memory: bool) -> _Pair:
    """Warm-up, then interleaved rounds on one pinned pair (a thread per CPU)."""
    ref_warm = _timed(theirs, n, 1, 120.0, "reference", memory)
    cap = max(MAX_CALL_S, 2 * factor * ref_warm.per_call_s)
    your_timeout = 2 * cap
    your_warm = _timed(mine, n, 1, your_timeout, "yours", memory)
    # Memory: one call each (the warm-up); a batch of many would only add noise.
    result = _Pair(your_peak=your_warm.peak_growth_kib,
                   reference_peak=ref_warm.peak_growth_kib)
    if your_warm.per_call_s > cap:
        raise _Cut(n, f"one call took {your_warm.per_call_s:.1f} s, over the "
                   f"{cap:.1f} s cap")
    repeat = max(1, min(MAX_REPEAT, math.ceil(TARGET_BATCH_S / max(ref_warm.per_call_s,
                                                                   1e-7))))
    longest = max(ref_warm.per_call_s, your_warm.per_call_s)
    if longest >= VERY_LONG_CALL_S:
        # Seconds per call: the warm-up is the one measured round, on one
        # pinned pair; that is what the budget allows.
        result.yours_s.append(your_warm.per_call_s)
        result.reference_s.append(ref_warm.per_call_s)
        result.ratio = your_warm.per_call_s / ref_warm.per_call_s
        result.very_long = True
        return result
    # Long calls get one measured round after the warm-up (a first call at a
    # new size pays for heap growth and page faults, and that is noisy).
    ratios = []
    for round_ in range(1 if longest >= LONG_CALL_S else ROUNDS):
        order = [(mine, "yours"), (theirs, "reference")]
        if (round_ + pair) % 2:
            order.reverse()
        timed = {who: _timed(worker, n, repeat, max(your_timeout * repeat, 10.0), who)
                 for worker, who in order}
        result.yours_s.append(timed["yours"].per_call_s)
        result.reference_s.append(timed["reference"].per_call_s)
        ratios.append(timed["yours"].per_call_s / max(timed["reference"].per_call_s, 1e-12))
    result.ratio = median(ratios)
    return result


def _measure_size(n: int, yours: list[WorkerProcess], refs: list[WorkerProcess], factor: float,
                  memory: bool = False, parallel: int = 1) -> SizePoint:
    """One size, the input already in every worker (forked from its holder). Pairs
    on different CPUs run at once (``parallel``): each pair's cost is its own
    workers' CPU time, read from the kernel, whatever the other core does."""
    from pytest_benchmark.stats import Stats

    jobs = list(enumerate(zip(yours, refs, strict=True)))
    if parallel > 1 and len(jobs) > 1:
        with ThreadPoolExecutor(max_workers=parallel) as pool:
            futures = [pool.submit(_measure_pair, i, mine, theirs, n, factor, memory)
                       for i, (mine, theirs) in jobs]
            pairs = [future.result() for future in futures]
    else:
        pairs = []
        for i, (mine, theirs) in jobs:
            pairs.append(_measure_pair(i, mine, theirs, n, factor, memory))
            if pairs[-1].very_long:
                break
    if pairs[0].very_long:
        pairs = pairs[:1]
    your_stats, ref_stats = Stats(), Stats()
    for pair in pairs:
        for value in pair.yours_s:
            your_stats.update(value)
        for value in pair.reference_s:
            ref_stats.update(value)
    ratios = [pair.ratio for pair in pairs]
    return SizePoint(n, your_stats.median, ref_stats.median, median(ratios), spread(ratios),
                     sum(len(pair.yours_s) for pair in pairs), your_stats.as_dict(),
                     ref_stats.as_dict(), _least([p.your_peak for p in pairs]),
                     _least([p.reference_peak for p in pairs]))


def _least(values: list[int | None]) -> int | None:
    """The smallest peak seen: noise (a page fault, an arena) only ever adds."""
    known = [v for v in values if v is not None]
    return min(known) if known and len(known) == len(values) else None


def _timed(worker: WorkerProcess, n: int, repeat: int, timeout: float, who: str,
           memory: bool = False) -> Timed:
    reply = worker.timed_run("input", repeat, timeout, memory)
    if isinstance(reply, Timed):
        return reply
    if isinstance(reply, Died) and reply.how in ("timeout", "cpu") and who == "yours":
        raise _Cut(n, f"a call did not finish within {timeout:.0f} s")
    _ok(reply, n, who)
    raise AssertionError("unreachable")


def to_benchmark_json(problem: str, report: SpeedReport, sha256: str) -> dict[str, Any]:
    """The speed figures in pytest-benchmark's saved-run layout (benchmarks[].stats)."""
    benchmarks = []
    for point in report.points:
        for name, stats in (("yours", point.yours_stats), ("reference", point.reference_stats)):
            benchmarks.append({
                "group": f"{problem}[n={point.n}]", "name": f"{problem}[{name}-{point.n}]",
                "fullname": f"{problem}::{name}[n={point.n}]", "params": {"n": point.n},
                "param": str(point.n), "stats": stats,
                "extra_info": {"ratio": point.ratio, "spread": point.spread,
                               "clock": "worker CPU time (clock_gettime on its pid)"},
            })
    return {"machine_info": {}, "commit_info": {"sha256": sha256},
            "benchmarks": benchmarks, "datetime": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "version": "judge", "judge": {"ratio": report.ratio, "growth": asdict(report.growth)}}
