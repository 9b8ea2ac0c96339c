"""Benchmark (not a test) of what crosses the worker boundary: run it by hand.

    .venv/bin/python benchmarks/bench_transfer.py [--runs 7]

For a scipy CSR matrix of 2*10^4 x 5*10^3 with 5*10^5 non-zeros (the size of
set B's speed inputs) and a float64 array of 10^7 entries, the median wall
time of
- one call that sends it to the worker and gets it back (an identity
  function), round trip, with the mutation check on;
- encoding alone (judge side: dumps_args) and decoding alone (worker side:
  loads_args), in this process;
compared with one sparse matrix product of the same matrix (R.T @ R), so the
figure can be read as "transfer costs x of one product".
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402

from judge.isolation.client import Returned, WorkerProcess  # noqa: E402
from judge.isolation.wire import dumps_args, loads_args  # noqa: E402
from judge.packages.format import Limits  # noqa: E402

IDENTITY = "def echo(value):\n    return value\n"


def median_s(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    matrix = sp.random(20_000, 5_000, density=0.005, format="csr", random_state=1)
    array = np.random.default_rng(1).random(10**7)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "echo.py"
        source.write_text(IDENTITY)
        worker = WorkerProcess(source, "echo", "function", Limits(memory_mb=4096),
                               Path(folder) / "worker")
        worker.start()
        try:
            for name, value in (("csr 5*10^5 nnz", matrix), ("float64[10^7]", array)):
                reply = worker.call(None, (value,), timeout=60)
                assert isinstance(reply, Returned), reply
                trip = median_s(lambda v=value: worker.call(None, (v,), timeout=60), runs)
                data = dumps_args((value,))
                encode = median_s(lambda v=value: dumps_args((v,)), runs)
                decode = median_s(lambda d=data: loads_args(d), runs)
                print(f"{name:>16}: round trip {trip * 1e3:7.1f} ms, encode {encode * 1e3:6.1f}"
                      f" ms, decode {decode * 1e3:6.1f} ms, {len(data) / 2**20:6.1f} MiB")
        finally:
            worker.close()
    product = median_s(lambda: matrix.T @ matrix, max(3, runs // 2))
    print(f"{'for scale':>16}: one R.T @ R of the csr matrix {product * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
