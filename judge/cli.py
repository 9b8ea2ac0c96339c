"""The ``judge`` command: parse, call one library function, render.

Exit codes: 0 success (Accepted; verified), 1 a verdict other than Accepted or
a package that does not verify, 2 a user error (one line on stderr), 130 Ctrl-C.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from rich.console import Console

from judge import __version__, render
from judge.errors import JudgeError, SubmissionExists
from judge.problems import Problem, all_problems, find_problem, problems_root
from judge.runner import grade
from judge.verify import verify

ENV_SUBMISSIONS = "JUDGE_SUBMISSIONS"

EPILOG = {
    "list": "example: judge list",
    "show": "example: judge show most_played_track",
    "start": "example: judge start most_played_track",
    "check": "example: judge check most_played_track --file my_try.py --json",
    "verify": "example: judge verify most_played_track top_k_tracks",
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
    check_cmd = sub("check", "grade your submission against the hidden tests")
    check_cmd.add_argument("problem")
    check_cmd.add_argument("--file", metavar="PATH",
                           help="the file to grade (default: submissions/<problem>.py)")
    check_cmd.add_argument("--json", action="store_true", help="print the result as JSON")
    verify_cmd = sub("verify", "check problem packages: reference, stub, planted submissions")
    verify_cmd.add_argument("problem", nargs="*", help="problems to verify (default: all)")
    verify_cmd.add_argument("--jobs", type=int, default=2, metavar="N",
                            help="checks to run at once (default: 2)")
    verify_cmd.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def submissions_dir() -> Path:
    return Path(os.environ.get(ENV_SUBMISSIONS) or "submissions")


def default_submission(problem: Problem) -> Path:
    return submissions_dir() / f"{problem.slug}.py"


def cmd_start(problem: Problem, out: Console) -> int:
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


def run(args: argparse.Namespace, out: Console) -> int:
    root = problems_root(args.problems)
    if args.command == "list":
        out.print(render.problem_table(all_problems(root)))
        return 0
    if args.command == "verify":
        if args.jobs < 1:
            raise JudgeError(f"--jobs must be at least 1, got {args.jobs}")
        chosen = ([find_problem(root, name) for name in args.problem] if args.problem
                  else all_problems(root))
        progress = None if args.json else (lambda item: render.show_verify_item(out, item))
        report = verify(chosen, jobs=args.jobs, progress=progress)
        if args.json:
            out.print_json(render.dumps(render.verify_json(report)))
        else:
            render.show_verify(out, report)
        return 0 if report.ok else 1
    problem = find_problem(root, args.problem)
    if args.command == "show":
        render.show_statement(out, problem)
        return 0
    if args.command == "start":
        return cmd_start(problem, out)
    path = Path(args.file) if args.file else default_submission(problem)
    if args.json:
        result = grade(problem, path)
    else:
        out.print(f"Checking {path} against {problem.slug} ...", style="dim")
        with render.speed_progress(out) as update:
            result = grade(problem, path, progress=update)
    if args.json:
        print(render.dumps(render.check_json(result)))
    else:
        render.show_check(out, result)
    return 0 if result.accepted else 1


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = Console(highlight=False)
    try:
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


