"""What the pad keeps between requests: Submit jobs (streamed), and the timed round.

    Job         one Submit: grade() in a thread; its progress and its result are
                events, read by the page's EventSource (GET /api/jobs/<id>/events)
    RoundSession a timed round in the browser: judge.practice.interview's Round
                (its clock, its checks of record, its scorecard) plus the
                timeline of every Run and Submit with its verdict

Run goes through :func:`quick_check`, the one place that says how (see its doc).
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from judge.errors import JudgeError
from judge.grading import runner
from judge.grading.verdicts import CheckResult
from judge.packages.format import Problem
from judge.practice.history import History
from judge.practice.interview import Round, RoundPlan, Scorecard, format_clock
from judge.ui.results import check_json


def quick_check(problem: Problem, path: Path) -> CheckResult:
    """Run: the examples and a short property budget (`judge run`), not recorded.

    The one place Run calls the engine; runner.check goes through the warm
    service by itself when one is running.
    """
    return runner.check(problem, path, quick=True)


_ids = itertools.count(1)


@dataclass
class Job:
    """One Submit in progress; ``events`` only grows (readers keep an index)."""

    id: int
    slug: str
    events: list[dict[str, Any]] = field(default_factory=list)
    done: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, event: dict[str, Any], last: bool = False) -> None:
        with self.lock:
            self.events.append(event)
            self.done = self.done or last

    def since(self, index: int) -> tuple[list[dict[str, Any]], bool]:
        with self.lock:
            return self.events[index:], self.done


class Jobs:
    """The Submit jobs of this server (the last few are kept for late readers)."""

    KEEP = 20

    def __init__(self) -> None:
        self._jobs: dict[int, Job] = {}
        self._lock = threading.Lock()

    def start(self, slug: str, work: Callable[[Callable[[int, int, str], None]], CheckResult],
              after: Callable[[CheckResult], None] | None = None) -> Job:
        job = Job(next(_ids), slug)
        with self._lock:
            self._jobs[job.id] = job
            for old in sorted(self._jobs)[:-self.KEEP]:
                if self._jobs[old].done:
                    del self._jobs[old]

        def progress(done: int, total: int, text: str) -> None:
            job.add({"type": "progress", "done": done, "total": total, "text": text})

        def body() -> None:
            job.add({"type": "progress", "done": 0, "total": 0, "text": "correctness"})
            try:
                result = work(progress)
                if after is not None:
                    after(result)
                job.add({"type": "result", "result": check_json(result)}, last=True)
            except JudgeError as exc:
                job.add({"type": "error", "error": str(exc)}, last=True)
            except Exception as exc:  # never a traceback to the page: one line
                job.add({"type": "error", "error": f"the check failed: {exc!r}"}, last=True)

        threading.Thread(target=body, name=f"judge-pad-submit-{job.id}", daemon=True).start()
        return job

    def get(self, job_id: int) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)


@dataclass(frozen=True)
class TimelineEvent:
    at_s: float  # seconds into the round
    problem: str
    action: str  # "run" | "submit"
    verdict: str
    summary: str

    def __str__(self) -> str:
        return f"{format_clock(self.at_s)} {self.action} {self.problem}: {self.verdict}"


class RoundSession:
    """A timed round in the browser, on top of interview.Round."""

    def __init__(self, plan: RoundPlan, history: History,
                 grade_fn: Callable[..., CheckResult] = runner.grade,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.plan = plan
        self.history = history
        self.grade = grade_fn
        self.round = Round(plan, history, grade_fn=grade_fn, clock=clock)
        self.timeline: list[TimelineEvent] = []
        self.scorecard: Scorecard | None = None
        self.finishing = False
        self.error: str | None = None
        self._results: dict[tuple[str, str], CheckResult] = {}  # (slug, sha256) -> Run result
        self._lock = threading.Lock()

    def start(self) -> None:
        # The pad's Run and Submit check the files; no watcher.
        self.round.start(watch=False)

    @property
    def slugs(self) -> tuple[str, ...]:
        return tuple(p.slug for p in self.plan.problems)

    def problem(self, slug: str) -> Problem | None:
        return next((p for p in self.plan.problems if p.slug == slug), None)

    def elapsed(self) -> float:
        return self.round.clock() - self.round.started

    def note(self, slug: str, action: str, result: CheckResult) -> None:
        event = TimelineEvent(round(self.elapsed(), 1), slug, action, result.verdict.value,
                              result.summary)
        with self._lock:
            self.timeline.append(event)

    def run(self, slug: str) -> CheckResult:
        """Run in a round: the round's own check (correctness, recorded as kind 'round')."""
        if self.finishing or self.scorecard is not None:
            raise JudgeError("the round is over: its files are graded as they were")
        problem = self.problem(slug)
        assert problem is not None
        result = self.round.check_now(slug)
        if result is None:  # these bytes were checked already: the same answer
            from judge.practice.watch import digest

            sha = digest(self.plan.file(problem)) or ""
            cached = self._results.get((slug, sha))
            if cached is None:
                result = self.grade(problem, self.plan.file(problem), speed=False, kind="round",
                                    round_id=self.round.round_id, history=self.history)
            else:
                result = cached
        self._results[(slug, result.sha256)] = result
        self.note(slug, "run", result)
        return result

    def submit(self, slug: str, progress: Callable[[int, int, str], None]) -> CheckResult:
        if self.finishing or self.scorecard is not None:
            raise JudgeError("the round is over: its files are graded as they were")
        problem = self.problem(slug)
        assert problem is not None
        result = self.grade(problem, self.plan.file(problem), progress=progress, kind="round",
                            round_id=self.round.round_id, history=self.history)
        self._results[(slug, result.sha256)] = result
        self.note(slug, "submit", result)
        return result

    def finish(self, ended_early: bool) -> None:
        """End the round (in a thread: the final grading measures speed)."""
        with self._lock:
            if self.finishing or self.scorecard is not None:
                return
            self.finishing = True

        def body() -> None:
            try:
                self.scorecard = self.round.finish(ended_early)
            except Exception as exc:  # shown on the page, one line
                self.error = f"the round could not be graded: {exc}"
            finally:
                self.finishing = False

        threading.Thread(target=body, name="judge-pad-round-finish", daemon=True).start()

    def as_json(self) -> dict[str, Any]:
        if (self.scorecard is None and not self.finishing and self.error is None
                and self.round.time_up()):
            self.finish(ended_early=False)
        view = self.round.snapshot()
        card = self.scorecard
        with self._lock:
            timeline = list(self.timeline)
        return {
            "active": card is None and not self.finishing,
            "finishing": self.finishing,
            "error": self.error,
            "round_id": self.round.round_id,
            "folder": str(self.plan.folder),
            "minutes": self.plan.minutes,
            "elapsed_s": round(view.elapsed_s, 1),
            "remaining_s": round(view.remaining_s, 1),
            "note": self.plan.note,
            "problems": [{"problem": row.slug, "title": row.title,
                          "difficulty": row.difficulty, "file": row.file,
                          "verdict": row.verdict.value if row.verdict else None,
                          "attempts": row.attempts, "checking": row.checking,
                          "first_accepted_s": row.first_accepted_s} for row in view.problems],
            "timeline": [{"at_s": e.at_s, "clock": format_clock(e.at_s), "problem": e.problem,
                          "action": e.action, "verdict": e.verdict, "summary": e.summary}
                         for e in timeline],
            "scorecard": None if card is None else {
                "summary": str(card), "solved": card.solved, "elapsed_s": card.elapsed_s,
                "ended_early": card.ended_early,
                "lines": [{"problem": line.problem.slug, "title": line.problem.title,
                           "verdict": line.verdict.value if line.verdict else None,
                           "first_accepted": (format_clock(line.first_accepted_s)
                                              if line.first_accepted_s is not None else None),
                           "attempts": line.attempts, "ratio": line.ratio,
                           "summary": line.summary} for line in card.lines],
            },
        }
