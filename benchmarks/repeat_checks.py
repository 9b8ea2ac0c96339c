"""How steady are verdicts? Grade files many times and tally (a measurement, not a test).

    .venv/bin/python benchmarks/repeat_checks.py PROBLEM [FILE ...] [--runs 20]
        [--jobs 2] [--full]

With no FILE, the problem's planted accepted and too_slow files are checked
(issue 13's "Accepted in 10 of 10, Too Slow in 10 of 10": ``--runs 10 --full``).
For each Too Slow it says whether a worse growth was named, and it counts any
Too Slow whose only reason is the time budget (there should be none).

Each file is checked ``--runs`` times (with the small verify sizes for speed
unless ``--full``), ``--jobs`` at a time, and the verdicts are counted, e.g.
the issue's "an off-by-one reservoir gets Wrong Answer in 20 of 20 runs":

    .venv/bin/python benchmarks/repeat_checks.py reservoir_sample \\
        problems/reservoir_sample/reference.py \\
        problems/reservoir_sample/planted/wrong_answer/off_by_one_randint.py
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.grading.runner import check  # noqa: E402
from judge.packages.format import find_problem  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("problem")
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--full", action="store_true", help="the full speed sizes")
    args = parser.parse_args()
    problem = find_problem(ROOT / "problems", args.problem)
    files = args.files or problem.timed_planted
    jobs = [path for path in files for _ in range(args.runs)]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda p: check(problem, p, verify_mode=not args.full), jobs))
    for path in files:
        mine = [r for r in results if r.submission == str(path)]
        tally = Counter(str(r.verdict) for r in mine)
        seconds = sorted(r.seconds for r in mine)
        ratios = sorted(r.speed.ratio for r in mine if r.speed is not None and r.speed.ratio)
        slow = [r.failure.reason for r in mine if r.failure is not None
                and str(r.failure.kind) == "too_slow"]
        growth = sum("grows faster" in reason for reason in slow)
        budget_only = sum("budget" in reason and "slower than" not in reason
                          and "grows faster" not in reason for reason in slow)
        extra = (f"; worse growth named in {growth} of {len(slow)}" if slow else "")
        extra += f"; {budget_only} Too Slow by the budget alone" if budget_only else ""
        span = f", ratio {ratios[0]:.2f}-{ratios[-1]:.2f}" if ratios else ""
        print(f"{path}: " + ", ".join(f"{v} {c} of {len(mine)}" for v, c in tally.items())
              + f" (median {seconds[len(seconds) // 2]:.1f} s per check{span}{extra})")
        reasons = Counter(r.summary[:160] for r in mine if not r.accepted)
        for reason, count in reasons.most_common(3):
            print(f"    {count}x {reason}")
        for r in mine:  # a Too Slow without its growth, and a Judge Error, in full
            if r.failure is not None and (str(r.failure.kind) == "judge_error" or (
                    str(r.failure.kind) == "too_slow" and "grows faster" not in r.summary)):
                print(f"    - {r.summary}")
                if r.speed is not None:  # the sizes it rests on
                    print("      " + ", ".join(
                        f"n={q.n:,}: {q.yours_s:.4g} s vs {q.reference_s:.4g} s"
                        for q in r.speed.points))
                if r.failure.log:
                    print("      " + r.failure.log.rstrip()[-3000:].replace("\n", "\n      "))
    print(f"{len(results)} checks in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
