"""Speed inputs: n listeners, each with up to k = 100 recommended tracks and a
held-out set of 1 to 80 played tracks, over a catalog of n/2 tracks (2.5 * 10^4
listeners x 100 at the largest size).

About one slot in ten recommends one of the listener's own played tracks (so
there are hits, and repeated recommendations of them); 5% of the lists are
shorter than k; 2% of the listeners have no list, 2% an empty played set and
4% no entry in ``relevant`` at all.

Every listener costs O(k) in the reference. The naive approaches are linear in
n too, but pay O(k |rel|) (membership tests in a list of the played tracks, or
of the top-k list) or O(k^2) (duplicates tracked in a list) per listener:
7-16x slower at every size (measured), beyond the allowed factor.
"""

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
