"""Rendering results for a person (rich) or a program (JSON). No judging here."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.table import Table

from judge.problems import Problem
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
    for column in ("slug", "title", "set", "difficulty", "tags"):
        table.add_column(column)
    for p in problems:
        table.add_row(p.slug, p.title, p.set, p.difficulty, ", ".join(p.tags))
    return table


def show_statement(console: Console, problem: Problem) -> None:
    console.print(Markdown(problem.statement.read_text(encoding="utf-8")))


def show_check(console: Console, result: CheckResult) -> None:
    colour = COLOURS[result.verdict]
    console.print(f"[{colour}] {result.verdict} [/] {escape(result.problem)} · "
                  f"{escape(result.submission)} · {result.seconds:.1f} s")
    failure = result.failure
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
        if value:
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
    return {"schema": JSON_SCHEMA_VERSION, "kind": "check", **result.to_dict()}


def verify_json(report: VerifyReport) -> dict[str, Any]:
    return {
        "schema": JSON_SCHEMA_VERSION, "kind": "verify", "ok": report.ok,
        "package_errors": list(report.package_errors),
        "items": [{"problem": i.problem, "file": i.file, "expected": i.expected, "ok": i.ok,
                   "result": i.result.to_dict()} for i in report.items],
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)
