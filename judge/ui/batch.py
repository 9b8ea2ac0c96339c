"""Rendering `judge grade`: a live progress bar, then the summary table. No grading here."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from judge.batch.run import BatchReport
from judge.grading.verdicts import Verdict
from judge.ui.results import COLOURS


@contextlib.contextmanager
def grade_progress(console: Console) -> Iterator[Callable[[int, int, str], None]]:
    """A live bar: submissions with a result, of all; the last one stored."""
    progress = Progress(TextColumn("grading"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("{task.description}"),
                        console=console, transient=True)
    task = None

    def update(done: int, total: int, text: str) -> None:
        nonlocal task
        if task is None:  # started by the first update: a user error prints no bar
            progress.start()
            task = progress.add_task("", total=total)
        progress.update(task, completed=done, total=total, description=escape(text))

    try:
        yield update
    finally:
        progress.stop()


def summary_table(report: BatchReport) -> Table:
    """Who by problem: the verdict and, for a correct one, the speed ratio."""
    problems = sorted({row.submission.problem.slug for row in report.rows})
    people = sorted({row.submission.who for row in report.rows})
    cells = {(row.submission.who, row.submission.problem.slug): row for row in report.rows}
    table = Table(title="Verdicts (ratio: time over the reference's)", title_justify="left")
    table.add_column("who", no_wrap=True)
    for slug in problems:
        table.add_column(slug)
    for who in people:
        line = [escape(who)]
        for slug in problems:
            row = cells.get((who, slug))
            if row is None:
                line.append("—")
                continue
            verdict = Verdict(row.result["verdict"])
            ratio = f" {row.ratio:.2f}x" if row.ratio is not None else ""
            line.append(f"[{COLOURS[verdict]}]{verdict}[/]{ratio}")
        table.add_row(*line)
    return table


def show_batch(console: Console, report: BatchReport) -> None:
    console.print(summary_table(report))
    counts: dict[str, int] = {}
    for row in report.rows:
        counts[row.result["verdict"]] = counts.get(row.result["verdict"], 0) + 1
    console.print("  " + " · ".join(f"{verdict} {n}" for verdict, n in sorted(counts.items())))
    rate = report.per_minute
    speed = (f"; {rate:.1f} submissions per minute ({report.graded} in"
             f" {report.seconds:.0f} s, {report.engine})" if rate is not None else "")
    console.print(f"  {report}{speed}")
    console.print(f"  Results in {report.out}/: results.csv, results.jsonl,"
                  " gradescope/<who>/<problem>/results.json, results.db", style="dim")
