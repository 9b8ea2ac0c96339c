"""Speed inputs: n play events, thresholds (3, 3): a Zipf-like listening log with
repeats (n/8 users, n/16 tracks), plus a ladder of n/40 users, user i playing tracks
i, i+1 and i+2, that unravels one rung per filtering pass. Peeling with a queue is
O(E); rebuilding the filtered list until nothing changes is O(E * n/40)."""

import random


def generate(n: int, rng: random.Random) -> tuple[list[tuple[str, str, int]], int, int]:
    rungs = max(1, n // 40)
    ladder = [(f"chain-u{i:07d}", f"chain-t{i + k:07d}", 1 + (i + k) % 3)
              for i in range(rungs) for k in range(3)]
    users = [f"user-{i:07d}" for i in range(max(1, n // 8))]
    tracks = [f"track-{i:07d}" for i in range(max(1, n // 16))]
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(tracks))]
    bulk = n - len(ladder)
    log = list(zip(rng.choices(users, k=bulk), rng.choices(tracks, weights, k=bulk),
                   rng.choices(range(1, 6), k=bulk), strict=True))
    events = log + ladder
    rng.shuffle(events)
    return events, 3, 3
