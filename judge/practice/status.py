"""Practice over weeks: where you stand, a nudge, the model answer.

    status    every problem's best verdict, attempts, best ratio, last attempt;
              progress by set and by tag; what to try next
    hints     hints.md, split at lines of '---', shown one at a time; the
              history remembers how many were shown
    solution  the reference and its complexity, after an Accepted, or with
              ``reveal`` (recorded, and shown by status)

The summaries are pure functions of the problems and the recorded rows
(:func:`summarize`, :func:`suggest`), so they are tested without a database.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from judge.errors import JudgeError, ProblemFormatError
from judge.grading.verdicts import Verdict
from judge.packages.format import DIFFICULTIES, Problem, load_problem, slugs
from judge.practice import REVEAL_FLAG
from judge.practice.history import CheckRecord, History, RoundRecord

# Best first: a verdict closer to Accepted is "better" for the status table.
VERDICT_ORDER = (
    Verdict.ACCEPTED, Verdict.TOO_SLOW, Verdict.TIME_LIMIT_EXCEEDED,
    Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.WRONG_ANSWER, Verdict.RUNTIME_ERROR,
    Verdict.COMPILATION_ERROR, Verdict.JUDGE_ERROR,
)


class SolutionLocked(JudgeError):
    """The solution is shown after an Accepted; pass --reveal to see it anyway (recorded)."""


# --- the catalog -------------------------------------------------------------------------


def catalog(root: Path) -> tuple[list[Problem], list[str]]:
    """Every package under ``root`` that loads, in catalog order, and one line per
    package that does not: a half-written package (a helper's, an author's)
    must not stop anyone from practising the others. (`judge list` and
    `judge verify` still stop at a broken package: they are the author's tools.)"""
    problems, errors = [], []
    for slug in slugs(root):
        try:
            problems.append(load_problem(root / slug))
        except ProblemFormatError as exc:
            errors.append(f"skipped {slug}: {exc}")
    problems.sort(key=lambda p: (p.set, DIFFICULTIES.index(p.difficulty), p.slug))
    return problems, errors


# --- status ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProblemProgress:
    """One problem's line in `judge status`."""

    problem: Problem
    attempts: int
    best_verdict: Verdict | None
    best_ratio: float | None
    last_attempt: datetime | None
    last_verdict: Verdict | None
    first_accepted: datetime | None
    hints_shown: int
    hints_total: int
    revealed: datetime | None  # the solution was shown before the first Accepted

    @property
    def solved(self) -> bool:
        return self.best_verdict is Verdict.ACCEPTED

    @property
    def attempted(self) -> bool:
        return self.attempts > 0

    def __str__(self) -> str:
        return f"{self.problem.slug}: {self.best_verdict or 'not tried'}, {self.attempts} attempts"


@dataclass(frozen=True)
class Tally:
    """Solved problems out of all, for a set or a tag."""

    name: str
    solved: int
    total: int

    def __str__(self) -> str:
        return f"{self.name} {self.solved}/{self.total}"


@dataclass(frozen=True)
class Suggestion:
    problem: str
    command: str  # what to type
    reason: str

    def __str__(self) -> str:
        return f"{self.command}: {self.reason}"


@dataclass(frozen=True)
class Status:
    problems: tuple[ProblemProgress, ...]
    by_set: tuple[Tally, ...]
    by_tag: tuple[Tally, ...]
    next: Suggestion | None
    rounds: tuple[RoundRecord, ...]
    history: str

    @property
    def solved(self) -> int:
        return sum(p.solved for p in self.problems)

    def __str__(self) -> str:
        return f"{self.solved} of {len(self.problems)} problems solved"


def best_verdict(verdicts: Iterable[Verdict]) -> Verdict | None:
    return min(verdicts, key=VERDICT_ORDER.index, default=None)


def problem_progress(problem: Problem, checks: Sequence[CheckRecord], hints_shown: int,
                     hints_total: int, revealed: datetime | None) -> ProblemProgress:
    """A problem's progress from its checks (oldest first). Pure.

    The interview's final re-grade of a version already checked in the round
    (kind 'round-final', for its speed) is not another attempt.
    """
    ratios = [c.ratio for c in checks if c.ratio is not None]
    accepted = [c.at for c in checks if c.accepted]
    first_accepted = min(accepted) if accepted else None
    return ProblemProgress(
        problem=problem,
        attempts=sum(1 for c in checks if c.kind != "round-final"),
        best_verdict=best_verdict(c.verdict for c in checks),
        best_ratio=min(ratios) if ratios else None,
        last_attempt=checks[-1].at if checks else None,
        last_verdict=checks[-1].verdict if checks else None,
        first_accepted=first_accepted,
        hints_shown=hints_shown, hints_total=hints_total,
        revealed=revealed if revealed and (first_accepted is None or revealed < first_accepted)
        else None,
    )


def tallies(progress: Sequence[ProblemProgress]) -> tuple[tuple[Tally, ...], tuple[Tally, ...]]:
    """(by set, by tag); tags sorted weakest first (lowest share solved), then by name."""
    sets: dict[str, list[bool]] = {}
    tags: dict[str, list[bool]] = {}
    for p in progress:
        sets.setdefault(p.problem.set, []).append(p.solved)
        for tag in p.problem.tags:
            tags.setdefault(tag, []).append(p.solved)
    by_set = tuple(Tally(name, sum(v), len(v)) for name, v in sorted(sets.items()))
    by_tag = sorted((Tally(name, sum(v), len(v)) for name, v in tags.items()),
                    key=lambda t: (t.solved / t.total, -t.total, t.name))
    return by_set, tuple(by_tag)


def suggest(progress: Sequence[ProblemProgress], by_tag: Sequence[Tally],
            started: Iterable[str] = ()) -> Suggestion | None:
    """What to try next. Pure.

    1. the unsolved problem attempted most recently (finish what you started);
    2. else a problem never tried: the easiest, then the one whose tags you
       have solved least of, then catalog order;
    3. else, everything tried: the unsolved problem closest to Accepted;
    4. else (all solved) a timed round.

    ``started``: problems that have a submission file (so `judge check`, not
    `judge start`, is the command to suggest).
    """
    have_file = set(started)
    share = {t.name: t.solved / t.total for t in by_tag}
    unsolved = [p for p in progress if not p.solved]
    in_progress = [p for p in unsolved if p.attempted and p.last_attempt is not None]
    if in_progress:
        recent = max(in_progress, key=lambda p: p.last_attempt or datetime.min)
        last = recent.last_verdict
        hint = (f"; `judge hint {recent.problem.slug}` for a nudge"
                if recent.hints_shown < recent.hints_total else "")
        return Suggestion(recent.problem.slug, f"judge check {recent.problem.slug}",
                          f"your last try was {last} ({_plural(recent.attempts, 'attempt')})"
                          f"{hint}")
    fresh = [p for p in unsolved if not p.attempted]
    if fresh:
        def weakness(p: ProblemProgress) -> float:
            return min((share.get(t, 0.0) for t in p.problem.tags), default=0.0)

        pick = min(fresh, key=lambda p: (DIFFICULTIES.index(p.problem.difficulty),
                                         weakness(p), p.problem.set, p.problem.slug))
        tags = ", ".join(pick.problem.tags)
        verb = "check" if pick.problem.slug in have_file else "start"
        return Suggestion(pick.problem.slug, f"judge {verb} {pick.problem.slug}",
                          f"{pick.problem.difficulty}, not tried yet; tags {tags}")
    if unsolved:
        pick = min(unsolved, key=lambda p: (VERDICT_ORDER.index(p.best_verdict)
                                            if p.best_verdict else 99, p.problem.slug))
        return Suggestion(pick.problem.slug, f"judge check {pick.problem.slug}",
                          f"closest to Accepted: best so far {pick.best_verdict}")
    if progress:
        return Suggestion("", "judge interview",
                          "every problem is solved: rehearse them against the clock")
    return None


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def summarize(problems: Sequence[Problem], checks: Sequence[CheckRecord],
              hints_shown: dict[str, int], reveals: dict[str, datetime],
              rounds: Sequence[RoundRecord] = (), history: str = "",
              started: Iterable[str] = ()) -> Status:
    """The whole status from recorded rows. Pure."""
    by_problem: dict[str, list[CheckRecord]] = {}
    for record in sorted(checks, key=lambda c: (c.at, c.id)):
        by_problem.setdefault(record.problem, []).append(record)
    progress = tuple(
        problem_progress(p, by_problem.get(p.slug, []), hints_shown.get(p.slug, 0),
                         len(read_hints(p)), reveals.get(p.slug))
        for p in problems)
    by_set, by_tag = tallies(progress)
    return Status(progress, by_set, by_tag, suggest(progress, by_tag, started), tuple(rounds),
                  history)


def status(problems: Sequence[Problem], history: History,
           submissions: Path | None = None) -> Status:
    """`judge status`: read the history, then summarize. ``submissions``: the
    folder of the user's files (to tell `judge start` from `judge check`)."""
    started = ([p.slug for p in problems if (submissions / f"{p.slug}.py").is_file()]
               if submissions is not None else [])
    return summarize(problems, history.checks(), history.hints_shown(), history.reveals(),
                     history.rounds(), str(history.path), started)


# --- hints -------------------------------------------------------------------------------


HINT_SEPARATOR = re.compile(r"(?m)^\s*---+\s*$")


def split_hints(text: str) -> list[str]:
    """hints.md's hints: the text between lines of '---', blank ones dropped. Pure."""
    return [part.strip() for part in HINT_SEPARATOR.split(text) if part.strip()]


def read_hints(problem: Problem) -> list[str]:
    try:
        return split_hints(problem.hints.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []


@dataclass(frozen=True)
class Hints:
    """The hints shown so far (``shown`` of them; the last is the newest)."""

    problem: str
    hints: tuple[str, ...]
    shown: int
    new: bool  # the last one shown was revealed by this call

    @property
    def total(self) -> int:
        return len(self.hints)

    @property
    def visible(self) -> tuple[str, ...]:
        return self.hints[:self.shown]

    def __str__(self) -> str:
        return f"{self.problem}: {self.shown} of {self.total} hints shown"


def next_hint(problem: Problem, history: History) -> Hints:
    """Reveal the next hint (once all are shown, the count stays)."""
    hints = tuple(read_hints(problem))
    if not hints:
        return Hints(problem.slug, (), 0, False)
    before = history.hints_shown().get(problem.slug, 0)
    shown = history.next_hint(problem.slug, len(hints))
    return Hints(problem.slug, hints, shown, shown > before)


def shown_hints(problem: Problem, history: History) -> Hints:
    """The hints already shown, without revealing another."""
    hints = tuple(read_hints(problem))
    shown = min(len(hints), history.hints_shown().get(problem.slug, 0))
    return Hints(problem.slug, hints, shown, False)


# --- solution ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ModelAnswer:
    """The reference solution as `judge solution` shows it: the model answer, not
    the submission (that is judge.testing.Solution, a proxy of it in a worker)."""

    problem: Problem
    source: str
    complexity: str  # "O(n)" from problem.toml's [speed], or ""
    explanation: str  # the entry point's docstring: the idea and why it costs what it does
    accepted: datetime | None  # the first Accepted, if any
    revealed: bool  # shown with --reveal before an Accepted (and recorded)

    def __str__(self) -> str:
        return f"{self.problem.slug} reference ({self.complexity or 'complexity not given'})"


def explanation(source: str, entry: str) -> str:
    """The entry point's docstring (else the module's), as prose. Pure."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return ""
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name == entry:
            text = ast.get_docstring(node)
            if text:
                return text
    return ast.get_docstring(tree) or ""


def solution(problem: Problem, history: History, reveal: bool = False) -> ModelAnswer:
    """The reference, if the history holds an Accepted for it or ``reveal`` is set
    (a reveal before an Accepted is recorded); else :class:`SolutionLocked`."""
    accepted = history.first_accepted(problem.slug)
    if accepted is None and not reveal:
        raise SolutionLocked(
            f"no Accepted for {problem.slug} in your history yet: solve it first"
            f" (`judge hint {problem.slug}` for a nudge), or pass {REVEAL_FLAG} to see the"
            " solution now (recorded in your history)")
    if accepted is None:
        history.record_reveal(problem.slug)
    source = problem.reference.read_text(encoding="utf-8")
    complexity = problem.speed.complexity if problem.speed is not None else ""
    return ModelAnswer(problem, source, complexity, explanation(source, problem.entry), accepted,
                    revealed=accepted is None)

