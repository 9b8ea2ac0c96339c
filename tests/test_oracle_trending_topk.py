"""Cross-check of the trending_topk reference (two pointers and a lazy heap)
against the plainest model of the catalog's spec: for every query, bisect the
sorted timestamps for the window t - window_s < ts <= t, count that slice
with collections.Counter, and sort the counts by (-count, id).

Definitional points minded:

- the window is half-open: bisect_right(times, t - window_s) is the first play
  newer than t - window_s (a play exactly window_s old is out), and
  bisect_right(times, t) is one past the last play at t (plays at t are in);
- Counter.most_common breaks ties by first appearance, not by id, so the model
  sorts the items by (-count, id) itself; a Counter holds no zero counts, so
  only tracks with a play in the window can appear.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections import Counter

import pytest

from tests.oracles import reference as load_reference

reference = load_reference("trending_topk")

TRACKS = ["a", "b", "c", "", "t10", "t9", "B", "é"]


def counter_model(events: list[tuple[int, str]], queries: list[int], window_s: int,
                  k: int) -> list[list[str]]:
    if window_s < 0 or k < 0:
        raise ValueError((window_s, k))
    times = [ts for ts, _ in events]
    answers = []
    for t in queries:
        window = events[bisect_right(times, t - window_s):bisect_right(times, t)]
        counts = Counter(track for _, track in window)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        answers.append([track for track, _ in ranked[:k]])
    return answers


def random_case(rng: random.Random) -> tuple[list[tuple[int, str]], list[int], int, int]:
    n = rng.choice([0, 1, 5, 30, 200, 2000])
    tracks = TRACKS[: rng.randrange(1, len(TRACKS) + 1)]
    if rng.random() < 0.3:  # many tracks: the heap gets rebuilt
        tracks = [f"track{i}" for i in range(rng.choice([50, 500]))]
    ts = rng.randrange(-50, 50)
    events = []
    for _ in range(n):
        ts += rng.choice([0, 0, 1, 2, 3, 7])
        rank = min(int(rng.paretovariate(1.1)) - 1, len(tracks) - 1)
        events.append((ts, tracks[rank]))
    queries = sorted(rng.randrange(-60, ts + 60) for _ in range(rng.randrange(0, 60)))
    if queries and rng.random() < 0.3:  # repeated query times
        queries = sorted(queries + rng.sample(queries, min(5, len(queries))))
    window = rng.choice([0, 1, 2, 5, 20, 100, 10**9])
    k = rng.choice([0, 1, 2, 3, 10, 10**6])
    return events, queries, window, k


@pytest.mark.parametrize("seed", range(300))
def test_reference_matches_counter_model(seed: int) -> None:
    events, queries, window, k = random_case(random.Random(seed))
    before = (list(events), list(queries))
    assert reference(events, queries, window, k) == counter_model(events, queries, window, k)
    assert (events, queries) == before


def test_a_long_log_matches_counter_model() -> None:
    rng = random.Random(99)
    times = sorted(rng.randrange(0, 100_000) for _ in range(50_000))
    events = [(t, f"track{int(rng.paretovariate(1.2)) % 2000}") for t in times]
    queries = sorted(rng.randrange(-100, 101_000) for _ in range(300))
    for window, k in [(3600, 10), (60, 3), (50_000, 100)]:
        assert reference(events, queries, window, k) == counter_model(events, queries, window, k)


@pytest.mark.parametrize(("window", "k"), [(-1, 3), (10, -1)])
def test_negative_arguments_raise(window: int, k: int) -> None:
    with pytest.raises(ValueError):
        reference([], [], window, k)
    with pytest.raises(ValueError):
        reference([(0, "a")], [0], window, k)
