"""Rendering the practice commands for a person (rich): status, hints, solution,
new, watch, and the interview's statements, dashboard and scorecard.

No logic lives here beyond layout; the values come from judge.practice.status,
judge.packages.scaffold and judge.practice.interview. JSON output is in judge.ui.results.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from rich.columns import Columns
from rich.console import Console, Group, RenderableType
from rich.live import Live
from rich.markdown import Markdown
from rich.markup import escape
from rich.panel import Panel
from rich.rule import Rule
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text

from judge.grading.verdicts import CheckResult, Verdict
from judge.isolation import environment
from judge.packages.format import Problem
from judge.packages.scaffold import PLACEHOLDER, Scaffold
from judge.practice import REVEAL_FLAG
from judge.practice.history import now
from judge.practice.interview import RoundPlan, RoundView, Scorecard, format_clock
from judge.practice.status import Hints, ModelAnswer, Status
from judge.speed.measure import Progress
from judge.ui import results as render
from judge.ui.keys import keys

NONE = "—"
END_KEYS = {"q", "Q"}


def ago(moment: datetime | None, at: datetime | None = None) -> str:
    """'just now', '5 min ago', '3 h ago', 'yesterday', '4 days ago', else the date. Pure."""
    if moment is None:
        return NONE
    seconds = ((at or now()) - moment).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    days = int(seconds // 86400)
    if days == 1:
        return "yesterday"
    if days < 14:
        return f"{days} days ago"
    return moment.astimezone().strftime("%Y-%m-%d")


def verdict_text(verdict: Verdict | None, empty: str = NONE) -> Text:
    if verdict is None:
        return Text(empty, style="dim")
    return Text(str(verdict), style=render.COLOURS[verdict].replace("bold ", ""))


def ratio_text(ratio: float | None) -> str:
    return f"{ratio:.2f}x" if ratio is not None else NONE


# --- status ------------------------------------------------------------------------------


def show_status(console: Console, status: Status, at: datetime | None = None) -> None:
    table = Table(title=f"Progress: {status.solved} of {len(status.problems)} solved",
                  title_justify="left", box=None, pad_edge=False, padding=(0, 1),
                  header_style="bold underline")
    table.add_column("problem", no_wrap=True)
    table.add_column("level", no_wrap=True)
    table.add_column("best verdict", no_wrap=True)
    table.add_column("tries", justify="right")
    table.add_column("ratio", justify="right")
    table.add_column("last try", no_wrap=True)
    table.add_column("help")
    for p in status.problems:
        help_parts = []
        if p.hints_shown:
            help_parts.append(f"hints {p.hints_shown}/{p.hints_total}")
        if p.revealed:
            help_parts.append("[yellow]revealed[/]")
        table.add_row(p.problem.slug, p.problem.difficulty,
                      verdict_text(p.best_verdict, "not tried"), str(p.attempts),
                      ratio_text(p.best_ratio), ago(p.last_attempt, at), ", ".join(help_parts))
    console.print(table)
    sets = " · ".join(f"set {t.name} {t.solved}/{t.total}" for t in status.by_set)
    console.print(f"[bold]By set:[/] {sets}")
    console.print("[bold]By tag[/] (weakest first):")
    console.print(Columns([Text(f"{t.name} {t.solved}/{t.total}") for t in status.by_tag],
                          padding=(0, 3)))
    if status.rounds:
        last = status.rounds[-1]
        finished = [r for r in status.rounds if r.ended is not None]
        console.print(f"[bold]Interview rounds:[/] {len(status.rounds)}; the last, "
                      f"{ago(last.started, at)}: {last.solved} of {len(last.problems)} solved"
                      + ("" if last.ended else " (not finished)")
                      + (f"; {len(finished)} finished" if len(finished) != len(status.rounds)
                         else ""))
    if status.next is not None:
        console.print(f"[bold]Next:[/] [cyan]{escape(status.next.command)}[/]  ·  "
                      f"{escape(status.next.reason)}")
    console.print(f"[dim]History: {escape(status.history)}[/]")


# --- hints and solution ------------------------------------------------------------------


def show_hints(console: Console, hints: Hints, only_new: bool = True) -> None:
    """The newest hint (or, with ``only_new`` False, every hint shown so far)."""
    if not hints.total:
        console.print(f"{hints.problem} has no hints (no hints.md in its package).")
        return
    if hints.shown == 0:
        console.print(f"No hint shown yet for {hints.problem}: run  judge hint {hints.problem}")
        return
    first = hints.shown - 1 if only_new else 0
    for number in range(first, hints.shown):
        title = f"Hint {number + 1} of {hints.total}"
        console.print(Panel(Markdown(hints.hints[number]), title=title, title_align="left",
                            expand=False))
    if only_new and not hints.new:
        console.print(f"That was the last hint for {hints.problem}. After an Accepted,"
                      f"  judge solution {hints.problem}  shows the reference.")
    elif hints.shown < hints.total:
        console.print(f"[dim]{hints.total - hints.shown} more; run  judge hint {hints.problem}"
                      "  again for the next.[/]")
    else:
        console.print(f"[dim]No more hints. After an Accepted,  judge solution {hints.problem}"
                      "  shows the reference.[/]")


def show_solution(console: Console, solution: ModelAnswer) -> None:
    p = solution.problem
    if solution.revealed:
        how = f"[yellow]revealed with {REVEAL_FLAG} before an Accepted (recorded)[/]"
    else:
        how = f"you solved it {ago(solution.accepted)}"
    console.print(f"[bold]Reference solution: {escape(p.title)}[/] ({p.slug}) · {how}")
    console.print(Syntax(solution.source, "python", line_numbers=True, word_wrap=True,
                         theme="ansi_dark"))
    if solution.complexity:
        console.print(f"[bold]Complexity:[/] {escape(solution.complexity)}"
                      " (what the speed phase compares your growth with)")
    if solution.explanation:
        console.print("[bold]The idea, and its cost:[/]")
        for line in solution.explanation.splitlines():
            console.print(f"  {escape(line)}")


def show_scaffold(console: Console, scaffold: Scaffold) -> None:
    console.print(f"Created {scaffold.path}/ with {len(scaffold.files)} files:")
    for path in sorted(scaffold.files):
        console.print(f"  {path.relative_to(scaffold.path)}")
    console.print(f"Next: fill in every {PLACEHOLDER} (and delete the marker), then run"
                  " this until it passes:")
    console.print(f"  judge verify {scaffold.path.name}")


# --- watch -------------------------------------------------------------------------------


class WatchScreen:
    """`judge watch`: the screen cleared to the latest result."""

    def __init__(self, console: Console, problem: Problem) -> None:
        self.console = console
        self.problem = problem

    def _header(self, path: Path, what: str) -> None:
        self.console.clear()
        self.console.print(f"[bold]judge watch[/] {self.problem.slug} · {escape(str(path))} · "
                           f"{what} · [dim]Ctrl-C to stop[/]")

    @contextlib.contextmanager
    def checking(self, path: Path) -> Iterator[Progress]:
        self._header(path, f"checking at {time.strftime('%H:%M:%S')} ...")
        with render.speed_progress(self.console) as update:
            yield update

    def result(self, result: CheckResult) -> None:
        self._header(Path(result.submission), f"checked at {time.strftime('%H:%M:%S')}")
        render.show_check(self.console, result)
        self.console.print("[dim]Save the file to check again.[/]")

    def waiting(self, path: Path, reason: str) -> None:
        self._header(path, "waiting")
        self.console.print(f"  {escape(reason)}; watching for it to be saved.")


# --- interview ---------------------------------------------------------------------------


def show_round_intro(console: Console, plan: RoundPlan) -> None:
    for problem in plan.problems:
        console.print(Rule(f"{problem.title} ({problem.difficulty}) · {plan.file(problem)}"))
        console.print(Markdown(problem.statement.read_text(encoding="utf-8")))
    console.print(Rule())
    console.print(Markdown(environment.markdown()))  # once: the same for every problem
    console.print(Rule())
    names = ", ".join(plan.file(p).name for p in plan.problems)
    console.print(f"[bold]Interview round:[/] {len(plan.problems)} problem(s),"
                  f" {format_clock(plan.minutes * 60)}. Your files ({names}) and the statements"
                  f" (.md) are in {escape(str(plan.folder))}")
    if plan.note:
        console.print(f"[yellow]Note: {escape(plan.note)}[/]")
    console.print("Edit them in your editor; each save is checked (correctness only during"
                  " the round; speed is measured at the end). The clock starts now.")


def dashboard(view: RoundView) -> RenderableType:
    remaining = view.remaining_s
    clock_style = "bold red" if remaining < 60 else "bold yellow" if remaining < 300 else "bold"
    header = Text.assemble(("Interview round  ", "bold"),
                           (f"{format_clock(remaining)} left", clock_style),
                           f" of {format_clock(view.minutes * 60)}  ·  {view.folder}")
    table = Table(expand=True)
    table.add_column("file", no_wrap=True)
    table.add_column("level", no_wrap=True)
    table.add_column("latest verdict", no_wrap=True, min_width=14)
    table.add_column("tries", justify="right", no_wrap=True)
    table.add_column("first Accepted", justify="right", no_wrap=True)
    table.add_column("details", no_wrap=True, overflow="ellipsis", ratio=1, min_width=12)
    for p in view.problems:
        verdict = (Text("checking ...", style="cyan") if p.checking
                   else verdict_text(p.verdict, "not started"))
        first = format_clock(p.first_accepted_s) if p.first_accepted_s is not None else NONE
        table.add_row(p.file, p.difficulty, verdict, str(p.attempts), first, p.summary)
    footer = Text("Save a file to check it · q (or Ctrl-C) ends the round and grades it",
                  style="dim")
    return Group(header, table, footer)


class RoundScreen:
    """The interview's live dashboard (rich.live.Live) and its `q` key."""

    def __init__(self, console: Console) -> None:
        self.console = console

    @contextlib.contextmanager
    def live(self, snapshot: Callable[[], RoundView]) -> Iterator[threading.Event]:
        end = threading.Event()

        def on_key(key: str) -> None:
            if key in END_KEYS:
                end.set()

        with keys(on_key), Live(get_renderable=lambda: dashboard(snapshot()),
                                console=self.console, refresh_per_second=8,
                                transient=False):
            yield end

    @contextlib.contextmanager
    def grading(self, problem: Problem) -> Iterator[object]:
        with self.console.status(f"Grading {problem.slug} (with its speed, if correct) ..."):
            yield None


def show_scorecard(console: Console, card: Scorecard) -> None:
    why = "ended early" if card.ended_early else "time is up"
    console.print(f"[bold]Scorecard[/] ({why}): {card}")
    table = Table()
    table.add_column("problem", no_wrap=True)
    table.add_column("verdict", no_wrap=True)
    table.add_column("first Accepted", justify="right")
    table.add_column("attempts", justify="right")
    table.add_column("speed ratio", justify="right")
    for line in card.lines:
        first = format_clock(line.first_accepted_s) if line.first_accepted_s is not None else NONE
        table.add_row(line.problem.slug, verdict_text(line.verdict, "not attempted"), first,
                      str(line.attempts), ratio_text(line.ratio))
    console.print(table)
    for line in card.lines:
        if line.verdict is not None:
            console.print(f"  [bold]{escape(line.problem.slug)}:[/] {escape(line.summary)}")
    if not card.speed:
        console.print("[dim]Speed was not measured ($JUDGE_NO_SPEED is set).[/]")
    recorded = f"round {card.round_id}" if card.round_id is not None else "not recorded"
    console.print(f"[dim]Your files stay in {escape(str(card.folder))}; {recorded} is in the"
                  " history (judge status).[/]")
