"""Speed inputs: n listeners, each with up to k = 100 recommended tracks and 1 to 80
played tracks, over n/2 tracks. One slot in ten holds an own played track (hits and
repeated hits); 5% of the lists are short, 2% of the listeners have no list, 2% an
empty set, 4% no entry in ``relevant``. Membership tests in a list (O(k |rel|)) or
duplicates tracked in a list (O(k^2)) per listener are linear in n too, but 7-16x
slower at every size (measured), beyond the allowed factor."""

import random

import numpy as np

K = 100


def generate(n: int, rng: random.Random) -> tuple[dict[str, list[str]], dict[str, set[str]], int]:
    gen = np.random.default_rng(rng.getrandbits(64))
    tracks = np.array([f"track{i:06d}" for i in range(max(1000, n // 2))], dtype=object)
    sizes = gen.integers(1, 81, n)
    starts = np.concatenate(([0], np.cumsum(sizes)))
    played = gen.integers(0, len(tracks), int(starts[-1]))
    picks = gen.integers(0, len(tracks), (n, K))
    # about one slot in ten recommends one of the listener's own played tracks
    own = starts[:-1, None] + (gen.random((n, K)) * sizes[:, None]).astype(np.int64)
    picks = np.where(gen.random((n, K)) < 0.1, played[own], picks)
    lengths = np.where(gen.random(n) < 0.05, gen.integers(0, K, n), K).tolist()
    kind = gen.random(n).tolist()
    recs: dict[str, list[str]] = {}
    relevant: dict[str, set[str]] = {}
    for u in range(n):
        user = f"user{u:06d}"
        if kind[u] >= 0.02:
            recs[user] = tracks[picks[u, :lengths[u]]].tolist()
        if kind[u] < 0.96:
            mine = tracks[played[starts[u]:starts[u + 1]]].tolist()
            relevant[user] = set(mine) if kind[u] >= 0.04 else set()
    return recs, relevant, K
