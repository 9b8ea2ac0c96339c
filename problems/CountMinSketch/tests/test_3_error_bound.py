"""The error bound, judged by statistics over 200 seeded sketches per depth.

5 big tracks have 100 plays and a probe 1 (N = 501): at width 16 the probe passes
count + e N / width = 1 + 85.1 exactly when it shares its cell with a big track in
every row, with probability at most e^-depth if the rows are independent. The test
fails when that many sketches past the bound has probability below 10^-5 (a binomial
tail). One hash reused in every row passes about as often as one row (0.28 here)
whatever the depth, a maximum over the rows more often: both are caught.
"""

import math

import pytest
from scipy.stats import binom

from checks import build, estimate
from judge.testing import WrongAnswer

RUNS = 200
WIDTH = 16
BIG = [(f"big-{i}", 100) for i in range(5)]
ADDS = [*BIG, ("probe", 1)]
ALPHA = 1e-5


def sketch_code(depth, seed):
    return "\n".join([f"sketch = CountMinSketch({WIDTH}, {depth}, seed={seed})",
                      *(f"sketch.add({item!r}, {count})" for item, count in ADDS),
                      "sketch.estimate('probe')"])


@pytest.mark.parametrize("depth", [3, 6])
def test_error_bound_holds_with_its_probability(solution, depth):
    """The error bound: estimate <= count + (e / width) N with probability >= 1 - e^-depth.

    It needs independent hash functions in the rows and the minimum over the rows."""
    total = sum(count for _, count in ADDS)
    bound = math.e * total / WIDTH
    over = []
    # 200 sketches in one test: skipped once the verdict is known (no smaller evidence)
    with solution.time_limit(60):
        for seed in range(RUNS):
            sketch = build(solution, WIDTH, depth, seed, ADDS)
            value = estimate(solution, sketch, "probe")
            if not 1 <= value <= total:
                raise WrongAnswer(f"estimate('probe') is {value}; it must lie between its"
                                  f" count 1 and the total {total}", call=sketch_code(depth, seed),
                                  expected=f"1 .. {total}", actual=value)
            if value - 1 > bound:
                over.append((seed, value))
    p = math.exp(-depth)
    p_value = float(binom.sf(len(over) - 1, RUNS, p)) if over else 1.0
    if p_value >= ALPHA:
        return
    seed, value = over[0]
    raise WrongAnswer(
        f"the probe's estimate exceeded its count + e N / width = 1 + {bound:.1f} in"
        f" {len(over)} of {RUNS} seeded sketches at depth {depth} (seeds 0..{RUNS - 1}): with"
        f" independent rows that happens with probability at most e^-{depth} = {p:.4f} per"
        f" sketch (about {RUNS * p:.1f} of {RUNS}), and {len(over)} or more with probability"
        f" {p_value:.1e}. Each row needs its own hash function, independent of the others"
        " (not one hash reused in every row), and the estimate is the minimum over the rows."
        f" The first such sketch (its estimate was {value}) is shown.",
        call=sketch_code(depth, seed), actual=value)
