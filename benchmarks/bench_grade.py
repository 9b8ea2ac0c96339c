"""Throughput of `judge grade`, and what bounds it at scale, measured in one run.

    .venv/bin/python benchmarks/bench_grade.py            # five problems' planted files
    .venv/bin/python benchmarks/bench_grade.py --problems most_played_track rmse

1. Plants every file `judge verify` grades of the chosen problems (the
   reference, the stub, planted/<verdict>/*.py) as <expected>-<name>/<slug>.py.
2. Grades that folder three times, each into a fresh results store: local
   --jobs 1, local --jobs 2, and a Dask LocalCluster of 2 worker processes
   (1 thread each). Prints submissions per minute, and for each engine the
   files whose verdict is not the one `judge verify` expects (none, if the
   engines agree), and the speed ratios of the accepted files, --jobs 2 and
   Dask against --jobs 1 (with each check's own spread, the noise to compare to).
3. Measures the parts that bound a run of 10^5 submissions: writes to the
   results store per second, the Dask scheduler's round trip for trivial
   tasks, and packing and hashing the problems folder.

Checks use the problems' small verify sizes (as `judge verify` does: the
planted verdicts are defined at those sizes) unless --full-speed is given.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.batch.dask_engine import pack  # noqa: E402
from judge.batch.run import BatchReport, grade_many  # noqa: E402
from judge.batch.store import Key, ResultStore, package_hash  # noqa: E402
from judge.grading.verdicts import Verdict  # noqa: E402
from judge.packages.format import all_problems, find_problem  # noqa: E402
from judge.packages.verify import NOT_ACCEPTED, expected_verdicts  # noqa: E402

FIVE = ("most_played_track", "top_k_tracks", "dedupe_replays", "rmse", "artist_hops")


def plant(dest: Path, root: Path, slugs: list[str]) -> dict[tuple[str, str], str]:
    expected = {}
    for slug in slugs:
        for path, verdict in expected_verdicts(find_problem(root, slug)):
            who = f"{verdict.replace(' ', '_')}-{path.stem}"
            (dest / who).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, dest / who / f"{slug}.py")
            expected[(who, slug)] = verdict
    return expected


def mismatches(report: BatchReport, expected: dict[tuple[str, str], str]) -> list[str]:
    bad = []
    for row in report.rows:
        want = expected[(row.submission.who, row.submission.problem.slug)]
        got = row.result["verdict"]
        ok = (got not in ("Accepted", "Judge Error") if want == NOT_ACCEPTED
              else Verdict(got).slug == want)
        if not ok:
            bad.append(f"{row.submission}: expected {want}, got {got}: {row.result['summary']}")
    return bad


def ratios(report: BatchReport) -> dict[str, tuple[float, float]]:
    """Accepted files: (ratio, spread) at the largest size."""
    found = {}
    for row in report.rows:
        speed = row.result.get("speed")
        if row.result["verdict"] == "Accepted" and speed and speed.get("ratio"):
            found[str(row.submission)] = (speed["ratio"], speed.get("spread") or 1.0)
    return found


def store_rate(folder: Path, count: int = 2000) -> float:
    """Results written per second, one transaction each (as `judge grade` does)."""
    store = ResultStore(folder / "bench.db")
    data = {"problem": "p", "submission": "s.py", "verdict": "Accepted", "seconds": 1.0,
            "speed": {"ratio": 1.0}, "summary": "x" * 300, "failure": None}
    started = time.perf_counter()
    for i in range(count):
        store.put(Key(f"{i:064x}", "0" * 64), "who", data)
    return count / (time.perf_counter() - started)


def scheduler_rate(address: str, count: int = 2000) -> float:
    """Trivial tasks per second through the scheduler (submit, run, fetch the result)."""
    from distributed import Client, as_completed

    with Client(address, set_as_default=False) as client:
        started = time.perf_counter()
        futures = [client.submit(_echo, i, pure=False) for i in range(count)]
        for future in as_completed(futures, loop=client.loop):
            future.result()
        return count / (time.perf_counter() - started)


def _echo(i: int) -> dict[str, Any]:
    return {"i": i, "verdict": "Accepted", "summary": "x" * 300}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--problems", nargs="+", default=list(FIVE))
    parser.add_argument("--full-speed", action="store_true",
                        help="time at the problems' full sizes (slow)")
    args = parser.parse_args()
    root = ROOT / "problems"
    quick = not args.full_speed
    work = Path(tempfile.mkdtemp(prefix="bench-grade-"))
    try:
        source = work / "source"
        expected = plant(source, root, args.problems)
        print(f"{len(expected)} planted files of {len(args.problems)} problems;"
              f" {os.cpu_count()} CPUs; {platform.platform()}; load average"
              f" {os.getloadavg()[0]:.1f} at the start; speed sizes:"
              f" {'verify (small)' if quick else 'full'}")
        reports: dict[str, BatchReport] = {}
        for jobs in (1, 2):
            name = f"local --jobs {jobs}"
            reports[name] = grade_many(source, root, work / f"out-{jobs}", jobs=jobs,
                                       verify_mode=quick)
            print(f"{name}: {reports[name].per_minute:.1f} submissions/min"
                  f" ({reports[name].seconds:.0f} s), load {os.getloadavg()[0]:.1f}")
        import dask
        from distributed import LocalCluster

        with dask.config.set({"distributed.scheduler.allowed-failures": 3}), \
                LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                             dashboard_address=None, host="127.0.0.1") as cluster:
            name = "dask-local 2 workers"
            reports[name] = grade_many(source, root, work / "out-dask",
                                       dask=cluster.scheduler_address, verify_mode=quick)
            print(f"{name}: {reports[name].per_minute:.1f} submissions/min"
                  f" ({reports[name].seconds:.0f} s), load {os.getloadavg()[0]:.1f}")
            tasks_per_s = scheduler_rate(cluster.scheduler_address)
        for name, report in reports.items():
            bad = mismatches(report, expected)
            print(f"{name}: {len(report.rows) - len(bad)} of {len(report.rows)} files got"
                  " the verdict judge verify expects")
            for line in bad:
                print(f"  MISMATCH {line}")
        one = ratios(reports["local --jobs 1"])
        for name in ("local --jobs 2", "dask-local 2 workers"):
            other = ratios(reports[name])
            common = sorted(set(one) & set(other))
            print(f"speed ratios of the accepted files, {name} against --jobs 1"
                  " (ratio / ratio; each check's spread in brackets):")
            changes = []
            for key in common:
                (a, sa), (b, sb) = one[key], other[key]
                changes.append(b / a)
                print(f"  {key:45} {a:6.2f} [{sa:.2f}]  {b:6.2f} [{sb:.2f}]  x{b / a:.2f}")
            if changes:
                print(f"  median change x{statistics.median(changes):.2f}, largest"
                      f" x{max(max(changes), 1 / min(changes)):.2f}")
        print(f"results store: {store_rate(work):.0f} results written per second"
              " (one transaction each)")
        print(f"dask scheduler: {tasks_per_s:.0f} trivial tasks per second (2 local workers)")
        started = time.perf_counter()
        packages = all_problems(root)
        size = sum(len(pack(p.path)) for p in packages)
        hashes = [package_hash(p.path) for p in packages]
        print(f"problems folder: {len(hashes)} packages, {size / 1e6:.1f} MB as tar, packed"
              f" and hashed in {time.perf_counter() - started:.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
