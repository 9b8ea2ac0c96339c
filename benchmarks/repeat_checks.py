"""How steady are verdicts? Grade files many times and tally (a measurement, not a test).

    .venv/bin/python benchmarks/repeat_checks.py PROBLEM FILE [FILE ...] [--runs 20]
        [--jobs 2] [--full]

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
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--full", action="store_true", help="the full speed sizes")
    args = parser.parse_args()
    problem = find_problem(ROOT / "problems", args.problem)
    jobs = [path for path in args.files for _ in range(args.runs)]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda p: check(problem, p, verify_mode=not args.full), jobs))
    for path in args.files:
        mine = [r for r in results if r.submission == str(path)]
        tally = Counter(str(r.verdict) for r in mine)
        seconds = sorted(r.seconds for r in mine)
        print(f"{path}: " + ", ".join(f"{v} {c} of {len(mine)}" for v, c in tally.items())
              + f" (median {seconds[len(seconds) // 2]:.1f} s per check)")
        reasons = Counter(r.summary[:160] for r in mine if not r.accepted)
        for reason, count in reasons.most_common(3):
            print(f"    {count}x {reason}")
    print(f"{len(results)} checks in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
