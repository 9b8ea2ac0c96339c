"""Cross-check of the sessionize reference against pandas: sort by (user, ts),
groupby(user).ts.diff(), a new session where the diff is NaN (a user's first
event) or > gap_s, cumsum.

Definitional points minded:

- pandas' groupby(...).diff() gives NaN (not 0) for each user's first event,
  so "NaN or > gap_s" marks the starts;
- the frame is sorted by (user, ts) with a stable sort (kind="stable", input
  position as the last key), so the cumulative count numbers the sessions by
  (user, first timestamp), the catalog's order; object columns sort by
  Python's own string order, as the spec asks;
- diff() turns int64 into float64 (for the NaN), which is exact only below
  2^53: timestamps here stay far below that.
"""

from __future__ import annotations

import random

import pandas as pd
import pytest

from tests.oracles import reference as load_reference

reference = load_reference("sessionize")

USERS = ["ana", "bo", "", "B", "u10", "u9", "é", "e"]


def pandas_sessions(events: list[tuple[str, int]], gap_s: int) -> list[int]:
    if not events:
        return []
    frame = pd.DataFrame(events, columns=["user", "ts"])
    frame["position"] = range(len(frame))
    frame = frame.sort_values(["user", "ts", "position"], kind="stable")
    gap = frame.groupby("user", sort=False)["ts"].diff()
    starts = gap.isna() | (gap > gap_s)
    frame["session"] = starts.cumsum() - 1
    return [int(s) for s in frame.sort_values("position")["session"]]


def random_events(rng: random.Random) -> tuple[list[tuple[str, int]], int]:
    users = USERS[: rng.randrange(1, len(USERS) + 1)]
    span = rng.choice([10, 100, 5000, 86_400])
    n = rng.randrange(0, 80)
    events = [(rng.choice(users), rng.randrange(-span, span)) for _ in range(n)]
    if events and rng.random() < 0.3:  # exact repeats
        events += rng.sample(events, min(5, len(events)))
        rng.shuffle(events)
    return events, rng.choice([0, 1, 2, 5, 30, 1800, 10**6])


@pytest.mark.parametrize("seed", range(300))
def test_reference_matches_pandas(seed: int) -> None:
    events, gap = random_events(random.Random(seed))
    before = list(events)
    assert reference(events, gap) == pandas_sessions(events, gap)
    assert events == before


def test_large_input_matches_pandas() -> None:
    rng = random.Random(2024)
    events = [(f"user{rng.randrange(2000)}", rng.randrange(0, 86_400)) for _ in range(50_000)]
    assert reference(events, 1800) == pandas_sessions(events, 1800)
    assert reference(events) == pandas_sessions(events, 1800)


@pytest.mark.parametrize("gap", [-1, -1800])
def test_negative_gap_raises(gap: int) -> None:
    with pytest.raises(ValueError):
        reference([], gap)
    with pytest.raises(ValueError):
        reference([("u", 0)], gap)
