"""Speed workload: one sketch (width 2719, depth 5: error at most 0.1% of N with
probability 1 - e^-5), then 0.9 n add(track, count) of small batches and 0.1 n
estimate(track) over about n/10 track ids; drive() runs in the worker."""

import random

WIDTH, DEPTH = 2719, 5


def generate(n: int, rng: random.Random) -> tuple[int, int, list[tuple[str, int]], list[str]]:
    tracks = [f"spotify:track:{i:010d}" for i in range(max(1, n // 10))]
    adds = n - n // 10
    items = rng.choices(tracks, k=adds)
    counts = rng.choices(range(1, 5), k=adds)
    return WIDTH, DEPTH, list(zip(items, counts, strict=True)), rng.choices(tracks, k=n // 10)


def drive(cls, width, depth, adds, queries):
    """Run the workload; return the estimates (the submission's own hash functions
    decide them: checked against the true counts, not compared with the reference's)."""
    sketch = cls(width, depth, 1)
    add = sketch.add
    for item, count in adds:
        add(item, count)
    estimate = sketch.estimate
    return [estimate(item) for item in queries]
