"""Rendering results for a person (rich) or a program (JSON). No judging here."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from judge.grading.outcomes import Kind
from judge.grading.verdicts import CheckResult, Failure, Verdict
from judge.packages.format import Problem
from judge.practice.history import compare_with_last, speed_change, utc_minute

if TYPE_CHECKING:  # only annotations: `judge check` need not import them
    from judge.packages.verify import VerifyItem, VerifyReport
    from judge.practice.status import Status
    from judge.speed.measure import SpeedReport

JSON_SCHEMA_VERSION = 2
# The JSON of `check`, `status` and `verify` (--json), documented in the README.
SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schema"
SCHEMA_FILE = SCHEMA_DIR / f"results-v{JSON_SCHEMA_VERSION}.json"

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


def statement_markdown(problem: Problem) -> str:
    """The statement, how speed is judged, then what a submission runs with (the same
    in `judge show` and the pad)."""
    from judge.isolation import environment

    text = problem.statement.read_text(encoding="utf-8")
    if problem.speed is not None:
        text = text.rstrip("\n") + "\n\n## How speed is judged\n\n" + speed_policy(problem) + "\n"
    return environment.with_statement(text)


def show_statement(console: Console, problem: Problem) -> None:
    from rich.markdown import Markdown  # markdown-it: only `judge show` needs it

    console.print(Markdown(statement_markdown(problem)))


def speed_policy(problem: Problem) -> str:
    """The speed verdict policy (README, "Speed verdicts") with this problem's figures."""
    spec = problem.speed
    assert spec is not None
    sizes = ", ".join(f"{n:,}" for n in (spec.sizes[0], spec.sizes[-1]))
    reference = f" The reference is {spec.complexity}." if spec.complexity else ""
    results = "; its results must match the reference's" if spec.compare_results else ""
    return (
        f"A correct solution is timed against the reference, side by side, at sizes from"
        f" {sizes.replace(', ', ' to ')}, each call on an input of its own{results}."
        f"{reference} It is **Too Slow** only when the evidence"
        f" is certain: its growth is worse at every size, or its time is more than"
        f" **{spec.factor:g}x** the reference's with the whole 95% interval above that"
        f" limit, or it cannot finish a size the reference handles (a call past the cap,"
        f" or out of memory). The limit sits above every textbook solution measured for"
        f" this problem (a different algorithm or a grossly wasteful one crosses it, a"
        f" constant factor does not). Well-written solutions stay under"
        f" {spec.expected:g}x; between that and the limit the verdict is Accepted, with a"
        f" note on the gap.")


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
    memory = report.memory_judged and report.memory_measured
    columns = ["n", "yours", "reference", "ratio", "spread"]
    if memory:
        columns += ["peak memory +yours", "+reference"]
    for column in columns:
        table.add_column(column, justify="right")
    for p in report.points:
        row = [f"{p.n:,}", _seconds(p.yours_s), _seconds(p.reference_s), f"{p.ratio:.2f}x",
               f"{p.spread:.2f}"]
        if memory:
            row += [_kib(p.yours_kib), _kib(p.reference_kib)]
        table.add_row(*row)
    if report.cut_off:
        table.add_row(f"{report.cut_off:,}", "cut off", *[""] * (len(columns) - 2))
    return table


def _kib(value: int | None) -> str:
    if value is None:
        return "?"
    return f"{value / 1024:.1f} MiB" if value >= 1024 else f"{value} KiB"


def _seconds(value: float) -> str:
    return f"{value * 1e3:.2f} ms" if value < 1 else f"{value:.2f} s"


def show_speed(console: Console, result: CheckResult) -> None:
    report = result.speed
    if report is None or not report.points:
        return
    console.print(speed_table(report))
    reference = f" (the reference is {report.complexity})" if report.complexity else ""
    console.print(f"  Growth: {escape(str(report.growth))}{reference}")
    if report.interval is not None:
        console.print(f"  Ratio at n={report.handled:,}: {escape(str(report.interval))}"
                      f" (limit {report.factor:g}x; well-written solutions stay under"
                      f" {report.expected:g}x)")
    if report.cut_off:
        console.print(f"  Handled up to n={report.handled:,}; stopped before"
                      f" n={report.cut_off:,}: {escape(report.cut_reason)}")
    if report.hot_lines:
        console.print(f"  Where your time went at n={report.profiled_n:,} (sampled):")
        for hot in report.hot_lines:
            console.print(f"    {escape(str(hot))}")
    if report.memory_note:
        console.print(f"  [yellow]{escape(report.memory_note)}[/]")
    if report.noisy:
        console.print(f"  [yellow]The measurement was noisy (spread {report.spread:.2f}):"
                      " another program may be busy; check again for a steadier figure.[/]")
    previous = result.previous
    change = speed_change(report.ratio, result.previous_ratio)
    if change and previous is not None:
        from judge.ui.screens import ago

        console.print(f"  Compared with your last timed check of {escape(result.submission)}"
                      f" ({ago(previous.at)}, {utc_minute(previous.at)}: {previous.ratio:.2f}x the"
                      f" reference's time): {change} now.")


def show_check(console: Console, result: CheckResult) -> None:
    colour = COLOURS[result.verdict]
    console.print(f"[{colour}] {result.verdict} [/] {escape(result.problem)} · "
                  f"{escape(result.submission)} · {result.seconds:.1f} s")
    failure = result.failure
    show_speed(console, result)
    if failure is None:
        console.print(f"  {escape(result.summary)}")
        return
    if failure.kind is Kind.NOT_IMPLEMENTED:
        console.print("  Not implemented yet: the function still raises NotImplementedError.")
        console.print(f"  Write your solution in {escape(result.submission)}, then check again.")
        return
    rows: list[tuple[str, str | None]] = [
        ("What failed", failure.property or failure.test or None),
        ("Why", failure.reason),
        ("Input", failure.input),
        ("Expected", failure.expected),
        ("Got", failure.actual),
        (call_label(failure), failure.call),
        ("Note", failure.note or None),
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


def call_label(failure: Failure) -> str:
    """"Reproduce" only for code the judge re-ran and saw give the result shown."""
    if failure.reproduced:
        return "Reproduce"
    if failure.reproduced is False:
        return "Calls"
    return "Call"


def show_verify_item(console: Console, item: VerifyItem) -> None:
    mark = "[green]ok[/]  " if item.ok else "[red]FAIL[/]"
    console.print(f"{mark} {escape(item.problem)}/{escape(item.file)}: expected "
                  f"{item.expected}, got {item.result.verdict} ({item.result.seconds:.1f} s)")
    if not item.ok:
        console.print(f"      {escape(item.result.summary)}")
        failure = item.result.failure
        if item.result.verdict is Verdict.JUDGE_ERROR and failure is not None and failure.log:
            # the package's author needs the harness's own words to fix it
            tail = failure.log.rstrip().splitlines()[-12:]
            console.print(escape("\n".join(f"      {line}" for line in tail)), style="dim")


def show_verify(console: Console, report: VerifyReport) -> None:
    for error in report.package_errors:
        console.print(f"[red]FAIL[/] {escape(error)}")
    status = "[bold green]verified[/]" if report.ok else "[bold red]not verified[/]"
    console.print(f"{status}: {report}")


def check_json(result: CheckResult) -> dict[str, Any]:
    """`judge check --json`: the "check" object of the schema (SCHEMA_FILE)."""
    return {"schema": JSON_SCHEMA_VERSION, "kind": "check", **result_json(result)}


def result_json(result: CheckResult) -> dict[str, Any]:
    """One graded file, field by field as the schema documents it (not the
    dataclass as it happens to be, so the format changes only with its version)."""
    return {
        "problem": result.problem,
        "submission": result.submission,
        "verdict": result.verdict.value,
        "verdict_slug": result.verdict.slug,
        "accepted": result.accepted,
        "summary": result.summary,
        "seconds": result.seconds,
        "sha256": result.sha256,
        "tests_passed": result.tests_passed,
        "tests_total": result.tests_total,
        "failure": failure_json(result.failure) if result.failure is not None else None,
        "speed": speed_json(result) if result.speed is not None else None,
        "previous_ratio": result.previous_ratio,
        "previous_check": ({"submission": result.previous.submission,
                            "at": result.previous.at.isoformat(),
                            "ratio": result.previous.ratio}
                           if result.previous is not None else None),
        "confinement": result.confinement,
    }


def failure_json(failure: Failure) -> dict[str, Any]:
    return {
        "kind": failure.kind, "reason": failure.reason, "test": failure.test,
        "property": failure.property, "call": failure.call, "expected": failure.expected,
        "actual": failure.actual, "input": failure.input,
        "traceback": list(failure.traceback), "output": failure.output, "line": failure.line,
        "log": failure.log, "reproduced": failure.reproduced, "note": failure.note,
        "hash_seed": failure.hash_seed,
    }


def speed_json(result: CheckResult) -> dict[str, Any]:
    report = result.speed
    assert report is not None
    growth = report.growth
    return {
        "ratio": report.ratio, "spread": report.spread, "noisy": report.noisy,
        "factor": report.factor, "too_slow": report.too_slow, "complexity": report.complexity,
        "cut_off": report.cut_off, "cut_reason": report.cut_reason, "handled": report.handled,
        "summary": report.summary(),
        "compared_with_last": compare_with_last(report.ratio, result.previous,
                                                result.submission),
        "growth": {"verdict": growth.verdict, "yours": growth.yours,
                   "reference": growth.reference, "text": growth.text},
        "memory_judged": report.memory_judged, "memory_note": report.memory_note,
        "expected": report.expected, "note": report.note,
        "interval": ({"ratio": report.interval.ratio, "low": report.interval.low,
                      "high": report.interval.high, "rounds": report.interval.rounds,
                      "assumed_noise": report.interval.assumed}
                     if report.interval is not None else None),
        "hot_lines": [{"line": h.line, "share": h.share, "text": h.text}
                      for h in report.hot_lines],
        "profiled_n": report.profiled_n,
        "points": [{"n": p.n, "yours_s": p.yours_s, "reference_s": p.reference_s,
                    "ratio": p.ratio, "spread": p.spread, "rounds": p.rounds,
                    "ratios": list(p.ratios),
                    "yours_kib": p.yours_kib, "reference_kib": p.reference_kib}
                   for p in report.points],
        "failure": ({"kind": str(report.failure.get("kind", "")),
                     "reason": str(report.failure.get("reason", ""))}
                    if report.failure else None),
    }


def verify_json(report: VerifyReport) -> dict[str, Any]:
    return {
        "schema": JSON_SCHEMA_VERSION, "kind": "verify", "ok": report.ok,
        "package_errors": list(report.package_errors),
        "items": [{"problem": i.problem, "file": i.file, "expected": i.expected, "ok": i.ok,
                   "result": result_json(i.result)} for i in report.items],
    }


def status_json(status: Status) -> dict[str, Any]:
    """`judge status --json`."""
    def when(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment is not None else None

    def verdict(v: Verdict | None) -> str | None:
        return v.value if v is not None else None

    return {
        "schema": JSON_SCHEMA_VERSION, "kind": "status", "history": status.history,
        "solved": status.solved, "total": len(status.problems),
        "problems": [{
            "problem": p.problem.slug, "title": p.problem.title, "set": p.problem.set,
            "difficulty": p.problem.difficulty, "tags": list(p.problem.tags),
            "solved": p.solved, "best_verdict": verdict(p.best_verdict),
            "attempts": p.attempts, "best_ratio": p.best_ratio,
            "last_attempt": when(p.last_attempt), "last_verdict": verdict(p.last_verdict),
            "first_accepted": when(p.first_accepted), "hints_shown": p.hints_shown,
            "hints_total": p.hints_total, "solution_revealed": when(p.revealed),
        } for p in status.problems],
        "by_set": [{"name": t.name, "solved": t.solved, "total": t.total}
                   for t in status.by_set],
        "by_tag": [{"name": t.name, "solved": t.solved, "total": t.total}
                   for t in status.by_tag],
        "next": ({"problem": status.next.problem, "command": status.next.command,
                  "reason": status.next.reason} if status.next is not None else None),
        "rounds": [{
            "id": r.id, "started": when(r.started), "ended": when(r.ended),
            "minutes": r.minutes, "folder": r.folder, "solved": r.solved,
            "problems": [{"problem": e.problem, "verdict": verdict(e.verdict),
                          "first_accepted_s": e.first_accepted_s, "attempts": e.attempts,
                          "ratio": e.ratio} for e in r.entries],
        } for r in status.rounds],
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)
