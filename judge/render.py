"""Rendering results for a person (rich) or a program (JSON). No judging here."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from typing import Any

from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from judge.history import compare_with_last
from judge.problems import Problem
from judge.speed import SpeedReport
from judge.verdicts import CheckResult, Verdict
from judge.verify import VerifyItem, VerifyReport

JSON_SCHEMA_VERSION = 1

COLOURS = {
    Verdict.ACCEPTED: "bold green",
    Verdict.WRONG_ANSWER: "bold red",
    Verdict.TOO_SLOW: "bold yellow",
    Verdict.TIME_LIMIT_EXCEEDED: "bold yellow",
    Verdict.MEMORY_LIMIT_EXCEEDED: "bold yellow",
    Verdict.RUNTIME_ERROR: "bold magenta",
    Verdict.COMPILATION_ERROR: "bold magenta",
    Verdict.JUDGE_ERROR: "bold white on red",
}


def problem_table(problems: list[Problem]) -> Table:
    table = Table(title="Problems", title_justify="left")
    # The slug is what the user types: never wrapped or cut, whatever the width.
    table.add_column("slug", no_wrap=True, min_width=max((len(p.slug) for p in problems),
                                                         default=4))
    for column in ("title", "set", "difficulty", "tags"):
        table.add_column(column)
    for p in problems:
        table.add_row(p.slug, p.title, p.set, p.difficulty, ", ".join(p.tags))
    return table


def show_statement(console: Console, problem: Problem) -> None:
    console.print(Markdown(problem.statement.read_text(encoding="utf-8")))


@contextlib.contextmanager
def speed_progress(console: Console) -> Iterator[Callable[[int, int, str], None]]:
    """A progress bar for the speed phase (the longest part of a check)."""
    progress = Progress(TextColumn("  speed"), BarColumn(), TextColumn("{task.description}"),
                        TimeElapsedColumn(), console=console, transient=True)
    task = None

    def update(done: int, total: int, text: str) -> None:
        nonlocal task
        if task is None:
            progress.start()
            task = progress.add_task(text, total=total)
        progress.update(task, completed=done, description=text)

    try:
        yield update
    finally:
        progress.stop()


def speed_table(report: SpeedReport) -> Table:
    table = Table(title="Speed against the reference (CPU time per call, median)",
                  title_justify="left")
    for column in ("n", "yours", "reference", "ratio", "spread"):
        table.add_column(column, justify="right")
    for p in report.points:
        table.add_row(f"{p.n:,}", _seconds(p.yours_s), _seconds(p.reference_s),
                      f"{p.ratio:.2f}x", f"{p.spread:.2f}")
    if report.cut_off:
        table.add_row(f"{report.cut_off:,}", "cut off", "", "", "")
    return table


def _seconds(value: float) -> str:
    return f"{value * 1e3:.2f} ms" if value < 1 else f"{value:.2f} s"


def show_speed(console: Console, result: CheckResult) -> None:
    report = result.speed
    if report is None or not report.points:
        return
    console.print(speed_table(report))
    reference = f" (the reference is {report.complexity})" if report.complexity else ""
    console.print(f"  Growth: {escape(str(report.growth))}{reference}")
    if report.cut_off:
        console.print(f"  Handled up to n={report.handled:,}; cut off at n={report.cut_off:,}:"
                      f" {escape(report.cut_reason)}")
    if report.noisy:
        console.print(f"  [yellow]The measurement was noisy (spread {report.spread:.2f}):"
                      " another program may be busy; check again for a steadier figure.[/]")
    last = compare_with_last(report.ratio, result.previous_ratio)
    if last:
        console.print(f"  Compared with your last attempt: {last}.")


def show_check(console: Console, result: CheckResult) -> None:
    colour = COLOURS[result.verdict]
    console.print(f"[{colour}] {result.verdict} [/] {escape(result.problem)} · "
                  f"{escape(result.submission)} · {result.seconds:.1f} s")
    failure = result.failure
    show_speed(console, result)
    if failure is None:
        console.print(f"  {escape(result.summary)}")
        return
    if failure.kind == "not_implemented":
        console.print("  Not implemented yet: the function still raises NotImplementedError.")
        console.print(f"  Write your solution in {escape(result.submission)}, then check again.")
        return
    rows: list[tuple[str, str | None]] = [
        ("What failed", failure.property or failure.test or None),
        ("Why", failure.reason),
        ("Input", failure.input),
        ("Expected", failure.expected),
        ("Got", failure.actual),
        ("Reproduce", failure.call),
        ("Line", str(failure.line) if failure.line else None),
    ]
    for label, value in rows:
        if value and "\n" in value:  # a call sequence: code to paste, one line each
            console.print(f"  [bold]{label + ':'}[/]")
            for line in value.splitlines():
                console.print(f"    {escape(line)}", highlight=False)
        elif value:
            console.print(f"  [bold]{label + ':':<12}[/] {escape(value)}")
    if failure.traceback:
        console.print("  [bold]Your code:[/]")
        for line in failure.traceback:
            console.print(f"    {escape(line)}")
    if failure.output:
        console.print("  [bold]Printed:[/]")
        for line in failure.output.splitlines()[:20]:
            console.print(f"    {escape(line)}")
    if result.verdict is Verdict.JUDGE_ERROR:
        console.print("  This is the judge's fault, not yours. Details:")
        console.print(escape(failure.log[-3000:]), markup=False, highlight=False)
    console.print(f"  {result.tests_passed} of {result.tests_total} hidden tests passed"
                  if result.tests_total else "")


def show_verify_item(console: Console, item: VerifyItem) -> None:
    mark = "[green]ok[/]  " if item.ok else "[red]FAIL[/]"
    console.print(f"{mark} {escape(item.problem)}/{escape(item.file)}: expected "
                  f"{item.expected}, got {item.result.verdict} ({item.result.seconds:.1f} s)")
    if not item.ok:
        console.print(f"      {escape(item.result.summary)}")


def show_verify(console: Console, report: VerifyReport) -> None:
    for error in report.package_errors:
        console.print(f"[red]FAIL[/] {escape(error)}")
    status = "[bold green]verified[/]" if report.ok else "[bold red]not verified[/]"
    console.print(f"{status}: {report}")


def check_json(result: CheckResult) -> dict[str, Any]:
    data = {"schema": JSON_SCHEMA_VERSION, "kind": "check", **result.to_dict()}
    if result.speed is not None:
        data["speed"]["compared_with_last"] = compare_with_last(result.speed.ratio,
                                                                result.previous_ratio)
    return data


def verify_json(report: VerifyReport) -> dict[str, Any]:
    return {
        "schema": JSON_SCHEMA_VERSION, "kind": "verify", "ok": report.ok,
        "package_errors": list(report.package_errors),
        "items": [{"problem": i.problem, "file": i.file, "expected": i.expected, "ok": i.ok,
                   "result": i.result.to_dict()} for i in report.items],
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)
