"""Speed inputs: n relations among n/5 artists, each listed on one side only
(a random one), so half the graph is reachable only through reverse listings.

A path through all artists keeps the graph connected, and max_hops is large
enough that the search reaches every artist. The number of artists grows with
n, so a visited list (`x in visited`) or a `list.pop(0)` queue, both O(V) per
step, grows like n^2 and shows it.
"""

import random


def generate(n: int, rng: random.Random) -> tuple[dict[str, list[str]], str, int]:
    v = max(2, n // 5)
    names = [f"artist-{i:06d}" for i in range(v)]
    rng.shuffle(names)
    adj: dict[str, list[str]] = {}
    # a path through all artists (connected), then random relations
    pairs = [(names[i], names[i + 1]) for i in range(v - 1)]
    pairs += [(rng.choice(names), rng.choice(names)) for _ in range(n - (v - 1))]
    for a, b in pairs:
        if rng.random() < 0.5:
            a, b = b, a
        adj.setdefault(a, []).append(b)
    return adj, names[0], v
