"""`judge interview`: a timed mock round, like a 45-minute shared pad.

    plan_round     pick problems not solved yet (level, tags, count) and write a
                   fresh round folder: <slug>.py stubs, <slug>.md statements
    Round.start    record the round; a watcher thread turns saves into a queue
                   of problems, a checker thread checks them one at a time,
                   correctness only, so the dashboard answers within seconds
    Round.snapshot what the dashboard shows: the clock, each latest verdict
    Round.finish   time up, or ended early (q, Ctrl-C): stop watching, let a
                   running check end, grade each touched file in full (speed
                   included: the check of record), record the scorecard

    main thread: clock, dashboard, keys     watcher: watchfiles    checker: grade()
          |  stop event ------------------------> |                     |
          |                                       +-- names -> queue -->+
          +<------------------ snapshot() (under a lock) ---------------+

The clock and the grading function are parameters, so the round's logic is
tested with a fake clock and fake checks; `run_round` ties it to a display
(judge.ui.screens.RoundScreen) and real time.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import queue
import random
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from judge.errors import JudgeError
from judge.grading.runner import ENV_NO_SPEED, grade
from judge.grading.verdicts import CheckResult, Verdict
from judge.isolation import environment
from judge.packages.format import DIFFICULTIES, Problem
from judge.practice import DEFAULT_COUNT as DEFAULT_COUNT  # re-exported: the pad uses them
from judge.practice import DEFAULT_MINUTES as DEFAULT_MINUTES
from judge.practice.history import History, HistoryUnavailable, HistoryWarning, RoundEntry, data_dir
from judge.practice.watch import digest, saves, settled_digest

TICK_S = 0.1  # how often the main thread looks at the clock and the keys


class InterviewError(JudgeError):
    """No problem matches the round's options, or its folder is not empty: the
    message names the option to change."""


# --- planning ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundPlan:
    problems: tuple[Problem, ...]
    folder: Path
    minutes: float
    note: str = ""  # e.g. fewer problems than asked for matched

    def file(self, problem: Problem) -> Path:
        return self.folder / f"{problem.slug}.py"

    def statement(self, problem: Problem) -> Path:
        return self.folder / f"{problem.slug}.md"

    def __str__(self) -> str:
        return (f"{len(self.problems)} problem(s), {format_clock(self.minutes * 60)},"
                f" in {self.folder}")


def choose(problems: Sequence[Problem], solved: set[str], attempted: set[str], count: int,
           levels: Sequence[str] = (), tags: Sequence[str] = (),
           rng: random.Random | None = None) -> tuple[list[Problem], str]:
    """Up to ``count`` unsolved problems matching the level and tags (any of them),
    never tried ones first, at random; easiest first. Pure but for ``rng``.
    Returns (problems, a note when fewer than ``count`` matched)."""
    rng = rng or random.Random()
    check_tags(problems, tags)
    pool = [p for p in problems if (not levels or p.difficulty in levels)
            and (not tags or set(p.tags) & set(tags))]
    wanted = _describe(levels, tags)
    if not pool:
        raise InterviewError(f"no problem is {wanted}: widen --level or --tags")
    fresh = [p for p in pool if p.slug not in solved]
    if not fresh:
        raise InterviewError(f"every problem {wanted} is solved already: widen --level or"
                             " --tags, or name problems to rehearse (judge interview SLUG ...)")
    never = [p for p in fresh if p.slug not in attempted]
    tried = [p for p in fresh if p.slug in attempted]
    rng.shuffle(never)
    rng.shuffle(tried)
    picked = (never + tried)[:count]
    note = (f"only {len(picked)} unsolved problem(s) {wanted}" if len(picked) < count else "")
    return sorted(picked, key=lambda p: (DIFFICULTIES.index(p.difficulty), p.slug)), note


def check_tags(problems: Sequence[Problem], tags: Sequence[str]) -> None:
    known = sorted({t for p in problems for t in p.tags})
    for tag in tags:
        if tag not in known:
            close = difflib.get_close_matches(tag, known, n=1, cutoff=0.6)
            hint = (f"; did you mean '{close[0]}'?" if close
                    else f" (known tags: {', '.join(known)})")
            raise InterviewError(f"--tags: no problem has the tag '{tag}'{hint}")


def _describe(levels: Sequence[str], tags: Sequence[str]) -> str:
    parts = []
    if levels:
        parts.append("of level " + " or ".join(levels))
    if tags:
        parts.append("tagged " + " or ".join(tags))
    return " and ".join(parts) if parts else "in the catalog"


def default_folder(root: Path | None = None) -> Path:
    """<data dir>/rounds/<YYYYmmdd-HHMMSS>, made unique."""
    base = (root or data_dir() / "rounds") / time.strftime("%Y%m%d-%H%M%S")
    folder, number = base, 1
    while folder.exists():
        folder = base.with_name(f"{base.name}-{number}")
        number += 1
    return folder


def plan_round(catalog: Sequence[Problem], history: History | None, *,
               minutes: float = DEFAULT_MINUTES, count: int = DEFAULT_COUNT,
               levels: Sequence[str] = (), tags: Sequence[str] = (),
               chosen: Sequence[Problem] = (), folder: Path | None = None,
               rng: random.Random | None = None) -> RoundPlan:
    """Choose the problems (``chosen``, else unsolved ones) and write the round folder."""
    if not minutes > 0:
        raise InterviewError(f"--minutes must be more than 0, got {minutes:g}")
    if count < 1:
        raise InterviewError(f"--count must be at least 1, got {count}")
    for level in levels:
        if level not in DIFFICULTIES:
            raise InterviewError(f"--level: '{level}' is not one of {', '.join(DIFFICULTIES)}")
    if not chosen:
        check_tags(catalog, tags)  # before the history is opened (a typo changes nothing)
    note = ""
    if chosen:
        problems = list(dict.fromkeys(chosen))
    else:
        solved: set[str] = set()
        attempted: set[str] = set()
        if history is not None:
            try:
                for record in history.checks():
                    attempted.add(record.problem)
                    if record.accepted:
                        solved.add(record.problem)
            except HistoryUnavailable as exc:
                warnings.warn(f"warning: cannot read the history, so solved problems may be"
                              f" picked ({exc})", HistoryWarning, stacklevel=2)
        problems, note = choose(catalog, solved, attempted, count, levels, tags, rng)
    folder = folder if folder is not None else default_folder()
    plan = RoundPlan(tuple(problems), folder, minutes, note)
    write_round_folder(plan)
    return plan


def write_round_folder(plan: RoundPlan) -> None:
    """The stubs and statements; never over an existing file."""
    targets = [t for p in plan.problems for t in (plan.file(p), plan.statement(p))]
    for target in targets:
        if target.exists():
            raise InterviewError(f"{target} already exists: a round starts in a fresh folder"
                                 " (pass another --dir, or none for a new one)")
    try:
        plan.folder.mkdir(parents=True, exist_ok=True)
        for p in plan.problems:
            plan.file(p).write_bytes(p.stub.read_bytes())
            plan.statement(p).write_text(  # with the environment, as `judge show` prints it
                environment.with_statement(p.statement.read_text(encoding="utf-8")),
                encoding="utf-8")
    except OSError as exc:
        raise InterviewError(f"--dir: cannot write the round folder {plan.folder}"
                             f" ({exc.strerror or exc})") from None


# --- the live round ----------------------------------------------------------------------


@dataclass
class _Live:
    """One problem's state during the round (mutable; guarded by Round._lock)."""

    stub_sha: str
    last_sha: str
    verdict: Verdict | None = None
    summary: str = ""
    attempts: int = 0
    first_accepted_s: float | None = None
    checking: bool = False
    results: dict[str, CheckResult] = field(default_factory=dict)  # by sha256


@dataclass(frozen=True)
class ProblemView:
    slug: str
    title: str
    difficulty: str
    file: str
    verdict: Verdict | None
    summary: str
    attempts: int
    first_accepted_s: float | None
    checking: bool


@dataclass(frozen=True)
class RoundView:
    """What the dashboard shows, at one moment."""

    elapsed_s: float
    remaining_s: float
    minutes: float
    folder: str
    problems: tuple[ProblemView, ...]


@dataclass(frozen=True)
class ScoreLine:
    problem: Problem
    verdict: Verdict | None  # None: the file was never touched
    first_accepted_s: float | None
    attempts: int
    ratio: float | None
    summary: str

    def entry(self) -> RoundEntry:
        return RoundEntry(self.problem.slug, self.verdict, self.first_accepted_s, self.attempts,
                          self.ratio)


@dataclass(frozen=True)
class Scorecard:
    round_id: int | None
    folder: Path
    minutes: float
    elapsed_s: float
    ended_early: bool
    lines: tuple[ScoreLine, ...]
    speed: bool  # the final grading measured speed

    @property
    def solved(self) -> int:
        return sum(1 for line in self.lines if line.verdict is Verdict.ACCEPTED)

    def __str__(self) -> str:
        return (f"{self.solved} of {len(self.lines)} solved in {format_clock(self.elapsed_s)}"
                f" of {format_clock(self.minutes * 60)}")


def format_clock(seconds: float) -> str:
    """mm:ss (h:mm:ss from an hour on)."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class Round:
    """A round in progress. Thread-safe: the watcher and checker threads write,
    the dashboard reads snapshots."""

    def __init__(self, plan: RoundPlan, history: History, *,
                 grade_fn: Callable[..., CheckResult] = grade,
                 clock: Callable[[], float] = time.monotonic,
                 speed: bool | None = None) -> None:
        self.plan = plan
        self.history = history
        self.grade = grade_fn
        self.clock = clock
        self.speed = speed if speed is not None else not _no_speed()
        self.round_id: int | None = None
        self.started = clock()
        self.started_wall = time.time()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._queue: queue.Queue[str] = queue.Queue()
        self._pending: set[str] = set()
        self._save_seen: dict[str, float] = {}  # when the save now waiting to be checked was seen
        self._threads: list[threading.Thread] = []
        self._by_slug = {p.slug: p for p in plan.problems}
        self._live: dict[str, _Live] = {}
        for p in plan.problems:
            sha = digest(plan.file(p)) or ""
            self._live[p.slug] = _Live(stub_sha=sha, last_sha=sha)

    @property
    def deadline(self) -> float:
        return self.started + self.plan.minutes * 60

    def time_up(self) -> bool:
        return self.clock() >= self.deadline

    def start(self, watch: bool = True) -> None:
        """Record the round, start the clock and (``watch``) the watcher and checker."""
        try:
            self.round_id = self.history.start_round(
                self.plan.minutes, self.plan.folder, [p.slug for p in self.plan.problems])
        except HistoryUnavailable as exc:
            warnings.warn(f"warning: this round will not be recorded in the history ({exc})",
                          HistoryWarning, stacklevel=2)
        self.started = self.clock()
        self.started_wall = time.time()
        self._threads = [threading.Thread(target=self._check_loop, name="judge-checker",
                                          daemon=True)]
        if watch:
            self._threads.append(threading.Thread(target=self._watch_loop, name="judge-watcher",
                                                  daemon=True))
        for thread in self._threads:
            thread.start()

    def saved(self, slug: str) -> None:
        """A problem's file was saved: queue a check (once, however many saves)."""
        with self._lock:
            if slug not in self._by_slug or slug in self._pending:
                return
            self._pending.add(slug)
            self._save_seen.setdefault(slug, self.clock() - self.started)
        self._queue.put(slug)

    def _watch_loop(self) -> None:
        names = {f"{slug}.py": slug for slug in self._by_slug}
        for batch in saves(self.plan.folder, set(names), self._stop):
            for name in sorted(batch):
                self.saved(names[name])

    def _check_loop(self) -> None:
        while not self._stop.is_set():
            try:
                slug = self._queue.get(timeout=TICK_S)
            except queue.Empty:
                continue
            with self._lock:
                self._pending.discard(slug)
            if not self._stop.is_set():
                self.check_now(slug)

    def check_now(self, slug: str) -> CheckResult | None:
        """Check the problem's file (correctness only) unless its bytes were checked
        already; update the state. Called by the checker thread (and by tests)."""
        problem = self._by_slug[slug]
        path = self.plan.file(problem)
        sha = settled_digest(path)
        with self._lock:
            live = self._live[slug]
            saved_at = self._save_seen.pop(slug, None)
            if sha is None or sha == live.last_sha:
                return None
            live.checking = True
        at = saved_at if saved_at is not None else self.clock() - self.started
        try:
            result = self.grade(problem, path, speed=False, kind="round", round_id=self.round_id,
                                history=self.history)
        except Exception as exc:  # a deleted file, a broken package: shown, the round goes on
            with self._lock:
                live.checking = False
                live.summary = str(exc)
            return None
        with self._lock:
            live.checking = False
            live.attempts += 1
            live.last_sha = result.sha256
            live.results[result.sha256] = result
            live.verdict = result.verdict
            live.summary = result.summary
            if result.accepted and live.first_accepted_s is None:
                live.first_accepted_s = at
        return result

    def snapshot(self) -> RoundView:
        elapsed = self.clock() - self.started
        with self._lock:
            rows = tuple(
                ProblemView(p.slug, p.title, p.difficulty, self.plan.file(p).name,
                            live.verdict, live.summary, live.attempts, live.first_accepted_s,
                            live.checking)
                for p in self.plan.problems for live in (self._live[p.slug],))
        return RoundView(elapsed, max(0.0, self.deadline - self.clock()), self.plan.minutes,
                         str(self.plan.folder), rows)

    def stop(self) -> None:
        """Stop watching; wait for a running check to end (it is short: no speed)."""
        self._stop.set()
        for thread in self._threads:
            thread.join()
        self._threads = []

    def finish(self, ended_early: bool,
               progress: Callable[[Problem], contextlib.AbstractContextManager[object]]
               | None = None) -> Scorecard:
        """Grade every file touched in the round and record the scorecard."""
        elapsed = min(self.clock() - self.started, self.plan.minutes * 60)
        self.stop()
        lines = [self._final(problem, elapsed, progress) for problem in self.plan.problems]
        card = Scorecard(self.round_id, self.plan.folder, self.plan.minutes, elapsed,
                         ended_early, tuple(lines), self.speed)
        if self.round_id is not None:
            try:
                self.history.finish_round(self.round_id, [line.entry() for line in lines])
            except HistoryUnavailable as exc:
                warnings.warn(f"warning: the scorecard was not recorded in the history ({exc})",
                              HistoryWarning, stacklevel=2)
        return card

    def _final(self, problem: Problem, elapsed: float,
               progress: Callable[[Problem], contextlib.AbstractContextManager[object]]
               | None) -> ScoreLine:
        path = self.plan.file(problem)
        live = self._live[problem.slug]
        sha = digest(path)
        if sha is None or (sha == live.stub_sha and live.attempts == 0):
            return ScoreLine(problem, None, None, 0, None,
                             "not attempted" if sha else f"{path.name} is missing")
        attempts, first = live.attempts, live.first_accepted_s
        result = live.results.get(sha)
        if result is None or (result.accepted and self.speed):
            kind = "round" if result is None else "round-final"
            try:
                with progress(problem) if progress else contextlib.nullcontext():
                    result = self.grade(problem, path, speed=self.speed, kind=kind,
                                        round_id=self.round_id, history=self.history)
            except JudgeError as exc:
                return ScoreLine(problem, None, first, attempts, None, str(exc))
            if kind == "round":
                attempts += 1
        if result.accepted and first is None:  # saved after the last live check: its save time
            first = self._saved_at(path, elapsed)
        ratio = result.speed.ratio if result.speed is not None else None
        return ScoreLine(problem, result.verdict, first, attempts, ratio, result.summary)

    def _saved_at(self, path: Path, elapsed: float) -> float:
        try:
            at = path.stat().st_mtime - self.started_wall
        except OSError:
            return elapsed
        return min(max(0.0, at), elapsed)


def _no_speed() -> bool:
    return bool(os.environ.get(ENV_NO_SPEED))


# --- running it --------------------------------------------------------------------------


class RoundDisplay(Protocol):
    """How a round shows itself (judge.ui.screens.RoundScreen)."""

    def live(self, snapshot: Callable[[], RoundView]
             ) -> contextlib.AbstractContextManager[threading.Event]:
        """Show the dashboard while the block runs; the event is set when the
        person asks to end the round (a key)."""
        ...

    def grading(self, problem: Problem) -> contextlib.AbstractContextManager[object]: ...


def run_round(plan: RoundPlan, history: History, display: RoundDisplay, *,
              clock: Callable[[], float] = time.monotonic) -> Scorecard:
    """The whole round: start, the live dashboard until time is up or the person
    ends it (a key, Ctrl-C), then the final grading and the scorecard."""
    round_ = Round(plan, history, clock=clock)
    round_.start()
    ended_early = False
    try:
        try:
            with display.live(round_.snapshot) as end:
                while not round_.time_up():
                    if end.wait(TICK_S):
                        ended_early = True
                        break
        except KeyboardInterrupt:
            ended_early = True
        return round_.finish(ended_early, progress=display.grading)
    finally:
        round_.stop()

