"""Cross-check of the CountMinSketch reference against an exact Counter and the
sketch's error bound.

A count-min sketch has no library answer to compare with: its estimates depend
on its hash functions. What every correct sketch must satisfy is checked
against exact counts (collections.Counter):

- never below the true count, never above the total N, exact for a lone item;
- estimate <= count + (e / width) N with probability >= 1 - e^-depth. On
  realistic streams the fraction of items past the bound stays below e^-depth
  at every depth. On the hidden tests' adversarial design (5 items of 100
  plays and a probe of 1 at width 16, where one collision with a big item
  passes the bound) the probe passes it in a fraction of 2,000 seeded
  sketches that agrees with q^depth, q = 1 - (15/16)^5 the chance of a
  collision in one row: the rows behave as independent hash functions
  (a binomial test, two-sided, at 10^-5);
- heavy_hitters returns exactly the items with count > phi N where the sketch
  is exact, and otherwise every true heavy hitter and only items whose
  estimate is > phi N; merge gives the sketch of both streams;
- the same estimates in another process with another PYTHONHASHSEED.
"""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
from collections import Counter

import pytest
from scipy.stats import binomtest

from judge.packages.format import find_problem, load_reference_names

from .conftest import PROBLEMS, ROOT

NAMES = load_reference_names(find_problem(PROBLEMS, "CountMinSketch"), "oracle_reference")
CountMinSketch = NAMES["CountMinSketch"]
heavy_hitters = NAMES["heavy_hitters"]


def zipf_stream(rng: random.Random, n: int, distinct: int) -> list[str]:
    tracks = [f"track-{i}" for i in range(distinct)]
    weights = [1 / (rank + 1) for rank in range(distinct)]
    return rng.choices(tracks, weights, k=n)


def sketch_of(counts: Counter[str], width: int, depth: int, seed: int) -> CountMinSketch:
    sketch = CountMinSketch(width, depth, seed)
    for item, count in counts.items():
        sketch.add(item, count)
    return sketch


@pytest.mark.parametrize("depth", [1, 2, 3, 5])
@pytest.mark.parametrize("width", [20, 100])
def test_bounds_against_exact_counts(width: int, depth: int) -> None:
    """count <= estimate <= N always; past count + eN/w for at most ~e^-depth of items."""
    over = total = 0
    for seed in range(20):
        rng = random.Random(seed)
        counts = Counter(zipf_stream(rng, 3000, 400))
        n = sum(counts.values())
        sketch = sketch_of(counts, width, depth, seed)
        for item in [*counts, "never-1", "never-2"]:
            value = sketch.estimate(item)
            assert type(value) is int
            assert counts[item] <= value <= n
            over += value - counts[item] > math.e * n / width
            total += 1
    assert over / total <= math.exp(-depth)


@pytest.mark.parametrize("depth", [1, 2, 3, 4])
def test_rows_are_independent(depth: int) -> None:
    """On the hidden tests' design the probe passes the bound with probability q^depth."""
    runs = 2000
    big = [(f"big-{i}", 100) for i in range(5)]
    bound = math.e * 501 / 16
    over = 0
    for seed in range(runs):
        sketch = CountMinSketch(16, depth, seed)
        for item, count in [*big, ("probe", 1)]:
            sketch.add(item, count)
        over += sketch.estimate("probe") - 1 > bound
    q = 1 - (15 / 16) ** 5
    assert binomtest(over, runs, q ** depth).pvalue > 1e-5, (over, runs * q ** depth)
    assert binomtest(over, runs, math.exp(-depth), alternative="greater").pvalue > 1e-5


@pytest.mark.parametrize("width", [1, 3, 50])
def test_lone_item_is_exact(width: int) -> None:
    sketch = sketch_of(Counter({"only": 17}), width, 4, 3)
    assert sketch.estimate("only") == 17


@pytest.mark.parametrize("seed", range(30))
def test_heavy_hitters_against_exact_counts(seed: int) -> None:
    """Exactly {count > phi N} in a wide sketch; in a narrow one, every true heavy
    hitter and only items with estimate > phi N."""
    rng = random.Random(seed)
    plays = zipf_stream(rng, rng.randrange(0, 400), rng.randrange(1, 60))
    counts = Counter(plays)
    n = len(plays)
    phi = rng.choice([0.5, 0.25, 0.125, 0.0625, 0.03125, 1.0, 0.2, 0.1])
    truth = {item for item, c in counts.items() if c > phi * n}
    assert heavy_hitters(iter(plays), phi, 1 << 15, 5, seed) == truth
    width, depth = rng.choice([(4, 2), (8, 1), (16, 3)])
    found = heavy_hitters(iter(plays), phi, width, depth, seed)
    sketch = sketch_of(counts, width, depth, seed)
    assert truth <= found
    assert all(item in counts and sketch.estimate(item) > phi * n for item in found)


@pytest.mark.parametrize("seed", range(10))
def test_merge_is_the_sketch_of_both_streams(seed: int) -> None:
    rng = random.Random(seed)
    first, second = Counter(zipf_stream(rng, 500, 80)), Counter(zipf_stream(rng, 300, 80))
    merged = sketch_of(first, 30, 4, seed)
    other = sketch_of(second, 30, 4, seed)
    merged.merge(other)
    both = sketch_of(first + second, 30, 4, seed)
    assert merged.rows == both.rows
    assert other.rows == sketch_of(second, 30, 4, seed).rows
    with pytest.raises(ValueError):
        merged.merge(CountMinSketch(30, 4, seed + 1))


def test_same_estimates_in_another_process() -> None:
    """The hash functions do not depend on PYTHONHASHSEED."""
    items = [f"track-{i}" for i in range(200)] + ["", "é", "a b"]
    code = (
        "import sys, json\n"
        "from judge.packages.format import find_problem, load_reference_names\n"
        f"names = load_reference_names(find_problem(__import__('pathlib').Path({str(PROBLEMS)!r}),"
        " 'CountMinSketch'), 'oracle_sub')\n"
        "s = names['CountMinSketch'](16, 4, 9)\n"
        "items = json.loads(sys.argv[1])\n"
        "for i, x in enumerate(items):\n"
        "    s.add(x, i % 7)\n"
        "print(json.dumps([s.estimate(x) for x in items]))\n"
    )
    results = []
    for hash_seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", code, json.dumps(items)], check=True,
                              capture_output=True, text=True, cwd=ROOT,
                              env={"PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)})
        results.append(json.loads(done.stdout))
    assert results[0] == results[1]
