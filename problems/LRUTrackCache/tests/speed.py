"""Speed workload: n calls (half get, half put) on ids drawn from 2 * capacity
tracks, capacity n/100, so hits, misses and evictions are all common.

drive() runs inside the worker around the submitted class.
"""

import random


def generate(n: int, rng: random.Random) -> tuple[int, list[tuple[bool, str]]]:
    capacity = max(1, n // 100)
    ids = [f"track-{i:07d}" for i in range(2 * capacity)]
    return capacity, [(rng.random() < 0.5, rng.choice(ids)) for _ in range(n)]


def drive(cls, capacity, calls):
    cache = cls(capacity)
    get, put = cache.get, cache.put
    audio = b"\x00" * 16
    for is_put, track_id in calls:
        if is_put:
            put(track_id, audio)
        else:
            get(track_id)
