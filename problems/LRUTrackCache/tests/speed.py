"""Speed workload: n calls (half get, half put) on ids drawn from 2 * capacity
tracks, capacity n/100, so hits, misses and evictions are all common.

drive() runs inside the worker around the submitted class.
"""

import random


def generate(n: int, rng: random.Random) -> tuple[int, list[tuple[str, bytes | None]]]:
    """Calls as (track_id, audio): a put when audio is bytes, a get when None.
    Every put stores different audio, so the gets' answers tell caches apart."""
    import numpy as np  # here: the worker runs this file for drive()

    gen = np.random.default_rng(rng.getrandbits(64))
    capacity = max(1, n // 100)
    ids = np.array([f"track-{i:07d}" for i in range(2 * capacity)], dtype=object)
    audio = np.full(n, None, dtype=object)
    puts = np.flatnonzero(gen.random(n) < 0.5)
    audio[puts] = [i.to_bytes(4, "little") for i in puts.tolist()]
    return capacity, list(zip(ids[gen.integers(0, len(ids), n)].tolist(), audio.tolist(),
                              strict=True))


def drive(cls, capacity, calls):
    """Run the workload; return what every get answered (None or the audio),
    so the timed results can be compared with the reference's."""
    cache = cls(capacity)
    get, put = cache.get, cache.put
    answers = []
    answer = answers.append
    for track_id, audio in calls:
        if audio is None:
            answer(get(track_id))
        else:
            put(track_id, audio)
    return answers
