"""Benchmark of the grading engine (a benchmark, not a test): run it by hand, on a
quiet machine.

    .venv/bin/python benchmarks/bench_engine.py [--runs 5] [--full [problem ...]]

Each figure is printed next to its floor, measured the same way in the same run,
so the ratios hold on a noisy machine:

- import floor: ``python -c "import pytest, hypothesis, numpy"``;
- cold ``judge check`` (no service), correctness only, of a correct easy
  solution (the reference of most_played_track and of top_k_tracks);
- the same through a warm service: ``judge check`` as a user types it, and the
  library call alone (``judge.grading.runner.check``, without the CLI's start);
- the engine's floor: a process that has collected the problem's hidden tests
  forks a child that imports the solution and runs the same tests directly,
  in-process (no worker, no pipe): what the correctness tests cost by themselves;
- a Wrong Answer with its shrunk counterexample through the warm service;
- with ``--full``: a full check (correctness and speed) of each problem's
  reference through the warm service, median of ``--full-runs``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.grading import service  # noqa: E402
from judge.grading.runner import check  # noqa: E402
from judge.packages.format import Problem, all_problems, find_problem  # noqa: E402

EASY = ("most_played_track", "top_k_tracks")
median = statistics.median


def wall(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def verdict_and_wall(command: list[str], env: dict[str, str]) -> tuple[str, float]:
    """The verdict of a `judge check --json` and its wall time (a reference that is
    not Accepted would make its time meaningless, so the table shows both)."""
    import json

    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                          check=False)
    seconds = time.perf_counter() - started
    try:
        return str(json.loads(done.stdout)["verdict"]), seconds
    except (ValueError, KeyError, TypeError):
        return "no JSON result", seconds


def timed(fn: Any, runs: int) -> float:
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        seconds.append(time.perf_counter() - started)
    return median(seconds)


FLOOR_SCRIPT = r'''
import os, sys, time, json, pytest
sys.path.insert(0, {root!r})
from judge.grading import loader
from judge.grading.plugin import RunOptions
from judge.isolation import worker as w
from judge.isolation.client import parse_reply
from judge.testing import proxy

class InProcess:
    """The worker's own call logic, run in this process: no fork, no pipe."""
    def __init__(self, submission, entry, kind, limits, workdir, hash_seed=0, also=(),
                 hidden=(), source=None):
        self.spec = (str(submission), entry, kind, tuple(also))
        self.alive = False
        self.confinement = "in-process"
        self.pid = os.getpid()
    def start(self):
        self.w = w.Worker(-1, -1, 1 << 20)
        reply = self.w.load(*self.spec)
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        self.alive = True
        return parse_reply(reply)
    def call(self, target, args, kwargs=None, *, timeout=None, check_mutation=True, **_):
        opts = {{"check_mutation": check_mutation}}
        return parse_reply(self.w.call(target, tuple(args), kwargs or {{}}, opts))
    def batch(self, target, args_list, *, timeout, check_mutation=True, **_):
        replies = []
        for args in args_list:
            one = self.w.call(target, tuple(args), {{}}, {{"check_mutation": check_mutation}})
            replies.append(one)
            if one[0] != "ok":
                break
        return parse_reply(("batch", replies))
    def close(self):
        self.alive = False

class Floor:
    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session):
        loader.warm(session, ('numpy', 'scipy.sparse'))
        times = []
        for _ in range({runs}):
            read, write = os.pipe()
            started = time.perf_counter()
            pid = os.fork()
            if pid == 0:
                proxy.WorkerProcess = InProcess
                out = os.open(os.devnull, os.O_WRONLY); os.dup2(out, 1); os.dup2(out, 2)
                try:
                    report = loader.run_items(session, RunOptions(
                        __import__("pathlib").Path({submission!r}),
                        __import__("pathlib").Path("/tmp"), 0, False))
                    os.write(write, json.dumps([[t.outcome, t.name, str(t.details)]
                                                for t in report.tests]).encode())
                except BaseException as exc:
                    os.write(write, json.dumps([["failed", repr(exc), ""]]).encode())
                os._exit(0)
            os.close(write)
            data = os.read(read, 1 << 20)
            os.waitpid(pid, 0)
            times.append(time.perf_counter() - started)
            failed = [t for t in json.loads(data) if t[0] == "failed"]
            assert not failed, failed
        print("FLOOR", json.dumps(times), file=sys.__stderr__)
        return True

pytest.main(loader.pytest_args(__import__("pathlib").Path({problem!r})), plugins=[Floor()])
'''


def engine_floor(problem: Problem, runs: int) -> float:
    """Median seconds of the forked in-process run of the hidden tests."""
    from judge.grading.engine import grading_env

    script = FLOOR_SCRIPT.format(root=str(ROOT), runs=runs, problem=str(problem.path),
                                 submission=str(problem.reference))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=grading_env(), check=False)
    for line in done.stderr.splitlines():
        if line.startswith("FLOOR "):
            import json

            return median(json.loads(line[6:]))
    raise RuntimeError(f"the floor run failed:\n{(done.stdout + done.stderr)[-3000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--full", nargs="*", metavar="PROBLEM",
                        help="also time full checks of these problems' references (none"
                        " named: all)")
    parser.add_argument("--full-runs", type=int, default=3)
    args = parser.parse_args()
    root = ROOT / "problems"
    data = tempfile.mkdtemp()
    runtime = tempfile.mkdtemp(prefix="jr-")
    os.environ.update({"JUDGE_DATA_DIR": data, service.ENV_RUNTIME: runtime})
    env = {**os.environ, "JUDGE_NO_SPEED": "1"}
    cli = [sys.executable, "-m", "judge"]
    runs = args.runs
    service.stop(root)

    floor = timed(lambda: subprocess.run([sys.executable, "-c",
                                          "import pytest, hypothesis, numpy"], check=True), runs)
    print(f"import floor (python -c 'import pytest, hypothesis, numpy'): {floor:.3f} s")
    print(f"{'problem':<20}{'cold check':>12}{'x floor':>9}{'warm check':>12}{'x floor':>9}"
          f"{'warm call':>11}{'engine floor':>14}{'x':>7}")
    for slug in EASY:
        problem = find_problem(root, slug)
        ref = str(problem.reference)
        command = [*cli, "check", slug, "--file", ref, "--json"]
        cold = median([wall(command, {**env, service.ENV_NO_SERVICE: "1"})
                       for _ in range(runs)])
        service.start(root)
        wall(command, env)  # the first check loads the problem
        warm = median([wall(command, env) for _ in range(runs)])
        call = timed(lambda p=problem, r=ref: check(p, Path(r), speed=False), runs)
        base = engine_floor(problem, runs)
        print(f"{slug:<20}{cold:>11.3f}s{cold / floor:>8.2f}x{warm:>11.3f}s{warm / floor:>8.2f}x"
              f"{call:>10.3f}s{base:>13.3f}s{call / base:>6.2f}x", flush=True)
    problem = find_problem(root, "most_played_track")
    wrong = problem.planted / "wrong_answer" / "ties_by_id.py"
    wa_cli = median([wall([*cli, "check", problem.slug, "--file", str(wrong), "--json"], env)
                     for _ in range(runs)])
    wa_call = timed(lambda: check(problem, wrong, speed=False), runs)
    print(f"Wrong Answer with its shrunk counterexample, warm: {wa_cli:.3f} s by `judge check`,"
          f" {wa_call:.3f} s by the library call")
    if args.full is not None:
        chosen = ([find_problem(root, s) for s in args.full] if args.full
                  else all_problems(root))
        print(f"\nfull check of the reference (warm service), median of {args.full_runs}:")
        fulls = []
        for problem in chosen:
            ref = str(problem.reference)
            command = [*cli, "check", problem.slug, "--file", ref, "--json"]
            wall(command, {**os.environ, "JUDGE_NO_SPEED": "1"})  # load the problem
            runs_full = [verdict_and_wall(command, dict(os.environ))
                         for _ in range(args.full_runs)]
            seconds = median(s for _, s in runs_full)
            fulls.append(seconds)
            verdicts = "/".join(sorted({v for v, _ in runs_full}))
            print(f"| {problem.slug} | {seconds:.1f} s | {verdicts} |", flush=True)
        print(f"median {median(fulls):.1f} s, max {max(fulls):.1f} s over {len(fulls)} problems")
    service.stop(root)


if __name__ == "__main__":
    main()
