"""Cross-check of the dedupe_replays reference against a straightforward model
written from the catalog's spec: every kept play is remembered in a list per
(user, track) pair, and a play is dropped when ANY kept play of its pair is
within the window (no "only the latest matters" shortcut, no dict of last times)."""

from __future__ import annotations

import random

import pytest

from tests.oracles import reference as load_reference

reference = load_reference("dedupe_replays")


def model(events: list[tuple[int, str, str]], window_s: int) -> list[int]:
    if window_s < 0:
        raise ValueError(window_s)
    kept_times: dict[tuple[str, str], list[int]] = {}
    kept = []
    for index, (ts, user, track) in enumerate(events):
        times = kept_times.setdefault((user, track), [])
        if any(kept_ts > ts - window_s for kept_ts in times):
            continue
        times.append(ts)
        kept.append(index)
    return kept


def random_events(rng: random.Random) -> tuple[list[tuple[int, str, str]], int]:
    n = rng.randrange(0, 60)
    users = ["ana", "bo", "", "ab", "a"][: rng.randrange(1, 6)]
    tracks = ["t1", "t2", "", "b", "bt1"][: rng.randrange(1, 6)]
    ts = rng.randrange(-20, 20)
    events = []
    for _ in range(n):
        ts += rng.choice([0, 0, 1, 2, 3, 5, 10])
        events.append((ts, rng.choice(users), rng.choice(tracks)))
    return events, rng.choice([0, 1, 2, 3, 5, 10, 30, 10**6])


@pytest.mark.parametrize("seed", range(200))
def test_reference_matches_model(seed: int) -> None:
    events, window = random_events(random.Random(seed))
    before = list(events)
    assert reference(events, window) == model(events, window)
    assert events == before


@pytest.mark.parametrize("window", [-1, -100])
def test_negative_window_raises(window: int) -> None:
    with pytest.raises(ValueError):
        reference([], window)
    with pytest.raises(ValueError):
        reference([(0, "u", "t")], window)
