"""The ``judge`` command: parse, call one library function, render.

Exit codes: 0 success (Accepted; verified; any other command done), 1 a verdict
other than Accepted or a package that does not verify, 2 a user error (one line
on stderr), 130 Ctrl-C. Notes about the history (a new database, a check that
could not be recorded) are one line on stderr and change no exit code.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn, TextIO

from rich.console import Console

from judge import __version__, practice
from judge.errors import JudgeError, SubmissionExists
from judge.packages.format import (
    KINDS,
    Problem,
    all_problems,
    find_problem,
    no_problems,
    problems_root,
    slugs,
)
from judge.practice.history import HistoryWarning

ENV_SUBMISSIONS = "JUDGE_SUBMISSIONS"

EPILOG = {
    "list": "example: judge list",
    "show": "example: judge show most_played_track",
    "start": "example: judge start most_played_track",
    "check": "example: judge check most_played_track --file my_try.py --json",
    "run": "example: judge run most_played_track   (examples and a short property budget)",
    "daemon": "example: judge daemon start   (then checks of this problems folder are warm)",
    "watch": "example: judge watch most_played_track   (Ctrl-C to stop)",
    "hint": "example: judge hint most_played_track   (again for the next hint)",
    "solution": "example: judge solution most_played_track   (after an Accepted; else --reveal)",
    "status": "example: judge status --json",
    "interview": "example: judge interview --minutes 45 --count 2 --level easy,medium"
                 " --tags hashing,graphs",
    "new": "example: judge new skip_rate --kind function",
    "verify": "example: judge verify most_played_track top_k_tracks",
    "grade": "example: judge grade class/ --out graded/ --jobs 2   (again to resume)",
    "serve": "example: judge serve --open   (then the URL it prints; Ctrl-C to stop)",
}


class Parser(argparse.ArgumentParser):
    """argparse, but a bad option is one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"judge: error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> Parser:
    parser = Parser(prog="judge", description="A local, offline coding-practice judge.")
    parser.add_argument("--version", action="version", version=f"judge {__version__}")
    parser.add_argument("--problems", metavar="DIR",
                        help="folder of problem packages (default: $JUDGE_PROBLEMS or ./problems)")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    def sub(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name, help=help_text, description=help_text, epilog=EPILOG[name])

    sub("list", "list the problems: slug, title, set, difficulty, tags")
    show = sub("show", "show a problem's statement")
    show.add_argument("problem")
    start = sub("start", "copy a problem's stub to submissions/<problem>.py (never overwrites)")
    start.add_argument("problem")
    check_cmd = sub("check", "grade your submission against the hidden tests (recorded in"
                    " your history)")
    check_cmd.add_argument("problem")
    check_cmd.add_argument("--file", metavar="PATH",
                           help="the file to grade (default: submissions/<problem>.py)")
    check_cmd.add_argument("--json", action="store_true",
                           help="print the result as JSON (schema: see the README)")
    check_cmd.add_argument("--profile", action="store_true",
                           help="show the lines of your code that took the time at the largest"
                           " speed size (shown anyway on Too Slow)")
    run_cmd = sub("run", "a quick run of your submission: the statement's examples and a short"
                  " property budget, no speed (not recorded; `judge check` grades for the record)")
    run_cmd.add_argument("problem")
    run_cmd.add_argument("--file", metavar="PATH",
                         help="the file to run (default: submissions/<problem>.py)")
    run_cmd.add_argument("--json", action="store_true",
                         help="print the result as JSON (schema: see the README)")
    daemon_cmd = sub("daemon", "the warm grading service of this problems folder: checks answer"
                     " in a fraction of a second while it runs (it stops after 30 idle minutes)")
    daemon_cmd.add_argument("action", choices=("start", "stop", "status"))
    watch_cmd = sub("watch", "check your submission again on every save, the screen cleared to"
                    " the latest result")
    watch_cmd.add_argument("problem")
    watch_cmd.add_argument("--file", metavar="PATH",
                           help="the file to watch (default: submissions/<problem>.py)")
    hint_cmd = sub("hint", "show the problem's next hint, one at a time (remembered)")
    hint_cmd.add_argument("problem")
    hint_cmd.add_argument("--shown", action="store_true",
                          help="show again the hints already shown, without a new one")
    solution_cmd = sub("solution", "show the reference solution and its complexity, once you"
                       " have an Accepted")
    solution_cmd.add_argument("problem")
    solution_cmd.add_argument(practice.REVEAL_FLAG, action="store_true",
                              help="show it before an Accepted (recorded in your history)")
    status_cmd = sub("status", "your progress: best verdict, attempts, best ratio and last"
                     " attempt per problem; by set and tag; what to try next")
    status_cmd.add_argument("--json", action="store_true",
                            help="print the status as JSON (schema: see the README)")
    round_cmd = sub("interview", "a timed mock round: unsolved problems, a live dashboard with"
                    " the clock, re-checks on save, then a scorecard")
    round_cmd.add_argument("problem", nargs="*",
                           help="problems to rehearse (default: unsolved ones, picked at random)")
    round_cmd.add_argument("--minutes", type=float, default=practice.DEFAULT_MINUTES,
                           metavar="M", help="length of the round (default: 45; 0.5 is 30 s)")
    round_cmd.add_argument("--count", type=int, default=practice.DEFAULT_COUNT, metavar="N",
                           help="how many problems (default: 2)")
    round_cmd.add_argument("--level", type=_words, default=[], metavar="L[,L]",
                           help="only these difficulties: easy, medium, hard")
    round_cmd.add_argument("--tags", type=_words, default=[], metavar="T[,T]",
                           help="only problems with any of these tags")
    round_cmd.add_argument("--dir", metavar="DIR",
                           help="the round folder (default: a new one under the data dir)")
    new_cmd = sub("new", "scaffold a new problem package: every file, with placeholders that"
                  " `judge verify` lists until they are filled in")
    new_cmd.add_argument("slug", help="the folder name, also the function or class name")
    new_cmd.add_argument("--kind", choices=KINDS, default="function",
                         help="a function (default) or a class with methods")
    verify_cmd = sub("verify", "check problem packages: reference, stub, planted submissions")
    verify_cmd.add_argument("problem", nargs="*", help="problems to verify (default: all)")
    verify_cmd.add_argument("--jobs", type=int, default=2, metavar="N",
                            help="checks to run at once (default: 2)")
    verify_cmd.add_argument("--json", action="store_true",
                            help="print the report as JSON (schema: see the README)")
    grade_cmd = sub("grade", "grade many submissions (a folder of <who>/<problem>.py or a CSV"
                    " manifest of who,problem,path): resumable, in parallel or on Dask")
    grade_cmd.add_argument("source", help="the folder or the CSV manifest")
    grade_cmd.add_argument("--out", metavar="DIR", default="graded",
                           help="results store, CSV, JSONL and Gradescope files (default: graded)")
    grade_cmd.add_argument("--jobs", type=int, default=None, metavar="N",
                           help="checks at once on this machine (default: its CPUs)")
    grade_cmd.add_argument("--dask", metavar="ADDRESS",
                           help="grade on a Dask cluster, e.g. tcp://scheduler:8786"
                           " (pip install 'judge[dask]')")
    grade_cmd.add_argument("--quick-speed", action="store_true",
                           help="time at the problems' small verify sizes (a trial run)")
    serve_cmd = sub("serve", "the pad: problems, an editor, Run and Submit in your browser, on"
                    " this machine only (a URL with a token)")
    serve_cmd.add_argument("--port", type=int, default=8765, metavar="N",
                           help="port to listen on (default: 8765; 0: any free one)")
    serve_cmd.add_argument("--host", default="127.0.0.1",
                           help="address to listen on (default: 127.0.0.1)")
    serve_cmd.add_argument("--allow-remote", action="store_true",
                           help="allow a --host that is not loopback (it runs code: careful)")
    serve_cmd.add_argument("--open", action="store_true", help="open the pad in a browser")
    return parser


def _words(text: str) -> list[str]:
    """'easy, medium' -> ['easy', 'medium']."""
    return [word.strip() for word in text.split(",") if word.strip()]


def submissions_dir() -> Path:
    return Path(os.environ.get(ENV_SUBMISSIONS) or "submissions")


def default_submission(problem: Problem) -> Path:
    return submissions_dir() / f"{problem.slug}.py"


# -- handlers: one per command; each imports what it needs, so that `judge check`
# through a warm service starts in a fraction of the time the whole CLI would take.
Handler = Callable[[argparse.Namespace, Path, Console], int]


def _problem(args: argparse.Namespace, root: Path) -> Problem:
    return find_problem(root, args.problem)


def _path(args: argparse.Namespace, problem: Problem) -> Path:
    return Path(args.file) if args.file else default_submission(problem)


def cmd_list(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.ui import results

    problems = all_problems(root)
    if not problems:  # an empty table would say nothing
        out.print(no_problems(root, "No"), markup=False, soft_wrap=True)
        return 0
    out.print(results.problem_table(problems))
    return 0


def cmd_show(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.ui import results

    results.show_statement(out, _problem(args, root))
    return 0


def cmd_start(args: argparse.Namespace, root: Path, out: Console) -> int:
    problem = _problem(args, root)
    target = default_submission(problem)
    if target.exists():
        raise SubmissionExists(f"{target} already exists: judge start never overwrites your work"
                               f" (check it with `judge check {problem.slug}`)")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(target, "x", encoding="utf-8") as handle:  # "x": fail if it appeared meanwhile
            handle.write(problem.stub.read_text(encoding="utf-8"))
    except FileExistsError:
        raise SubmissionExists(f"{target} already exists: judge start never overwrites your work"
                               ) from None
    out.print(f"Created {target}")
    out.print(f"Next: edit it, then run  judge check {problem.slug}")
    return 0


def cmd_check(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.grading.runner import grade
    from judge.ui import results

    problem = _problem(args, root)
    path = _path(args, problem)
    if args.json:
        result = grade(problem, path, profile=args.profile)
        print(results.dumps(results.check_json(result)))
    else:
        out.print(f"Checking {path} against {problem.slug} ...", style="dim")
        with results.speed_progress(out) as update:
            result = grade(problem, path, progress=update, profile=args.profile)
        results.show_check(out, result)
    return 0 if result.accepted else 1


def cmd_run(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.grading.runner import check
    from judge.ui import results

    problem = _problem(args, root)
    path = _path(args, problem)
    if not args.json:
        out.print(f"Running {path} on {problem.slug}'s examples ...", style="dim")
    result = check(problem, path, quick=True)
    if args.json:
        print(results.dumps(results.check_json(result)))
    else:
        results.show_check(out, result)
    return 0 if result.accepted else 1


def cmd_watch(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.grading import service
    from judge.grading.runner import grade
    from judge.practice.watch import watch
    from judge.ui import screens

    problem = _problem(args, root)
    service.ensure(root)
    watch(problem, _path(args, problem), screens.WatchScreen(out, problem), grade)
    out.print("Stopped watching.")
    return 0


def cmd_hint(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.practice import status as practice
    from judge.practice.history import History
    from judge.ui import screens

    problem, history = _problem(args, root), History()
    if args.shown:
        screens.show_hints(out, practice.shown_hints(problem, history), only_new=False)
    else:
        screens.show_hints(out, practice.next_hint(problem, history))
    return 0


def cmd_solution(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.practice import status as practice
    from judge.practice.history import History
    from judge.ui import screens

    screens.show_solution(out, practice.solution(_problem(args, root), History(),
                                                 reveal=args.reveal))
    return 0


def cmd_status(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.practice import status as practice
    from judge.practice.history import History
    from judge.ui import results, screens

    problems = catalog(root)
    status = practice.status(problems, History(), submissions_dir())
    if args.json:
        print(results.dumps(results.status_json(status)))
    elif not problems:
        out.print(no_problems(root, "No"), markup=False, soft_wrap=True)
    else:
        screens.show_status(out, status)
    return 0


def cmd_interview(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.grading import service
    from judge.practice import interview
    from judge.practice.history import History
    from judge.ui import screens

    history = History()
    if not args.problem and not slugs(root):
        raise JudgeError(no_problems(root))
    plan = interview.plan_round(
        [] if args.problem else catalog(root), history, minutes=args.minutes, count=args.count,
        levels=args.level, tags=args.tags,
        chosen=[find_problem(root, name) for name in args.problem],
        folder=Path(args.dir) if args.dir else None)
    service.ensure(root)
    screens.show_round_intro(out, plan)
    card = interview.run_round(plan, history, screens.RoundScreen(out))
    screens.show_scorecard(out, card)
    return 0


def cmd_new(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.packages.scaffold import new_problem
    from judge.ui import screens

    screens.show_scaffold(out, new_problem(root, args.slug, args.kind))
    return 0


def cmd_verify(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.packages.verify import verify
    from judge.ui import results

    if args.jobs < 1:
        raise JudgeError(f"--jobs must be at least 1, got {args.jobs}")
    chosen = ([find_problem(root, name) for name in args.problem] if args.problem
              else all_problems(root))
    if not chosen:
        raise JudgeError(f"nothing to verify: {no_problems(root)}")
    progress = None if args.json else (lambda item: results.show_verify_item(out, item))
    report = verify(chosen, jobs=args.jobs, progress=progress)
    if args.json:
        print(results.dumps(results.verify_json(report)))
    else:
        results.show_verify(out, report)
    return 0 if report.ok else 1


def cmd_daemon(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.grading import service

    if args.action == "start":
        state = service.start(root)
        out.print(f"The grading service for {root} runs (pid {state['pid']}); it stops after"
                  f" {state['stops_after_s'] / 60:g} idle minutes.")
    elif args.action == "stop":
        out.print("Stopped the grading service." if service.stop(root)
                  else "No grading service was running.")
    else:
        current = service.status(root)
        if current is None:
            out.print(f"No grading service runs for {root}: checks start their own processes.")
        else:
            loaded = ", ".join(current["problems"]) or "none yet"
            out.print(f"The grading service for {current['root']} runs (pid {current['pid']}):"
                      f" {current['checks']} checks, idle {current['idle_s']:g} s; problems"
                      f" loaded: {loaded}.")
    return 0


def cmd_serve(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.ui.pad.app import serve

    return serve(root, submissions_dir(), host=args.host, port=args.port,
                 allow_remote=args.allow_remote, open_browser=args.open)


def cmd_grade(args: argparse.Namespace, root: Path, out: Console) -> int:
    from judge.batch.run import grade_many
    from judge.ui import batch

    with batch.grade_progress(out) as update:
        report = grade_many(Path(args.source), root, Path(args.out), jobs=args.jobs,
                            dask=args.dask, verify_mode=args.quick_speed, progress=update)
    batch.show_batch(out, report)
    return 0


HANDLERS: dict[str, Handler] = {
    "list": cmd_list, "show": cmd_show, "start": cmd_start, "check": cmd_check,
    "run": cmd_run, "watch": cmd_watch, "hint": cmd_hint, "solution": cmd_solution,
    "status": cmd_status, "interview": cmd_interview, "new": cmd_new, "verify": cmd_verify,
    "daemon": cmd_daemon, "serve": cmd_serve, "grade": cmd_grade,
}


def run(args: argparse.Namespace, out: Console) -> int:
    return HANDLERS[args.command](args, problems_root(args.problems), out)


def catalog(root: Path) -> list[Problem]:
    """The problems that load; a broken package is skipped with a one-line warning."""
    from judge.practice import status as practice

    problems, errors = practice.catalog(root)
    for error in errors:
        print(f"judge: warning: {error}", file=sys.stderr)
    return problems


@contextmanager
def one_line_warnings() -> Iterator[None]:
    """History notes as one line on stderr: `judge: started a new history at ...`."""
    with warnings.catch_warnings():
        warnings.simplefilter("always", HistoryWarning)
        default = warnings.showwarning

        def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                 file: TextIO | None = None, line: str | None = None) -> None:
            if issubclass(category, HistoryWarning):
                print(f"judge: {message}", file=sys.stderr)
            else:
                default(message, category, filename, lineno, file, line)

        warnings.showwarning = show
        yield


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = Console(highlight=False)
    try:
        with one_line_warnings():
            return run(args, out)
    except JudgeError as exc:
        print(f"judge: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("judge: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())


