"""Measure the speed ratio of a problem's planted files: the evidence its limit is set from.

    .venv/bin/python benchmarks/idiom_ratios.py PROBLEM [FILE ...] [--runs 3]

With no FILE, every planted file under planted/accepted and planted/too_slow is
measured. Each gets ``--runs`` full checks (the problem's full speed sizes);
the ratio that decides a verdict is the one at the largest size measured, and
its lowest and highest over the runs are printed as the line to put under
``[speed.measured]`` in problem.toml. The policy (README, "Speed verdicts"):
``factor`` sits above the slowest textbook idiom's highest ratio with a noise
margin (tests/test_speed_policy.py checks 1.5x), and below what the naive
algorithms of planted/too_slow reach, or they are caught by their growth.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.grading.runner import check  # noqa: E402
from judge.packages.format import find_problem  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("problem")
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    problem = find_problem(ROOT / "problems", args.problem)
    files = args.files or problem.timed_planted
    lines = []
    for path in files:
        ratios: list[float] = []
        for run in range(args.runs):
            result = check(problem, path)
            report = result.speed
            sizes = ", ".join(f"{p.n:,}: {p.ratio:.2f}x" for p in report.points) if report else ""
            print(f"{path.name} run {run + 1}: {result.verdict} ({sizes})")
            if report is not None and report.ratio is not None:
                ratios.append(report.ratio)
            if result.summary and not result.accepted:
                print(f"    {result.summary[:200]}")
        if ratios:
            try:
                key = path.resolve().relative_to(problem.path / "planted")
            except ValueError:
                key = path
            lines.append(f'"{key}" = [{min(ratios):.2f}, {max(ratios):.2f}]')
    print("\n[speed.measured]")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
