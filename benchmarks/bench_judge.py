"""Benchmark of the judge itself (a benchmark, not a test): run it by hand.

    .venv/bin/python benchmarks/bench_judge.py [--runs 5] [problem ...]

For each problem, with its reference as the submission, the median wall time of
- `judge check --json` as a user runs it (correctness and speed),
- `judge check` with correctness only (JUDGE_NO_SPEED=1),
- the same hidden tests run directly with pytest and the judge's plugin
  (what the correctness part costs without the judge around it),
and the judge's overhead: correctness-only check minus direct pytest.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.grading.runner import grading_env, pytest_command  # noqa: E402
from judge.packages.format import all_problems, find_problem  # noqa: E402


def wall(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("problems", nargs="*")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    root = ROOT / "problems"
    problems = ([find_problem(root, p) for p in args.problems] if args.problems
                else all_problems(root))
    judge = [sys.executable, "-m", "judge"]
    env = {**os.environ, "JUDGE_DATA_DIR": tempfile.mkdtemp()}
    print(f"{'problem':<22}{'full check':>12}{'correctness':>13}{'pytest':>9}{'overhead':>10}")
    for problem in problems:
        ref = str(problem.reference)
        full = [wall([*judge, "check", problem.slug, "--file", ref, "--json"], env)
                for _ in range(args.runs)]
        quick = [wall([*judge, "check", problem.slug, "--file", ref, "--json"],
                      {**env, "JUDGE_NO_SPEED": "1"}) for _ in range(args.runs)]
        direct = []
        for _ in range(args.runs):
            work = Path(tempfile.mkdtemp())
            command = pytest_command(problem, problem.reference, work / "r.json", work / "w", 0,
                                     600)
            direct.append(wall(command, grading_env()))
        med = statistics.median
        print(f"{problem.slug:<22}{med(full):>11.2f}s{med(quick):>12.2f}s{med(direct):>8.2f}s"
              f"{med(quick) - med(direct):>9.2f}s", flush=True)


if __name__ == "__main__":
    main()
