"""Speed inputs: n genres in three deep trees of long chains.

The trees hold n/2, n/3 and n/6 genres; in each, a genre hangs under one of
the eight genres just before it, so a tree of m genres is about m/4.5 levels
deep (the deepest walk, about n/9 levels, grows with n). The first tree's top
is named only as a parent; the others' tops have parent None. About one genre
in twenty has no plays. Walking to the root from every genre costs
O(n * depth) and grows like n^2. The dict's order is shuffled, so no order of
the keys is a ready-made processing order.
"""

import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple[dict[str, str | None], dict[str, int]]:
    gen = np.random.default_rng(rng.getrandbits(64))
    names = np.array([*(f"genre-{i:07d}" for i in range(n)), None], dtype=object)
    children, parents = [], []  # indices into names; n is None
    start = 0
    for tree, share in enumerate((3, 2, 1)):
        end = n if tree == 2 else start + n * share // 6
        if tree:
            children.append(np.array([start]))
            parents.append(np.array([n]))
        below = np.arange(start + 1, end)
        children.append(below)
        parents.append(np.maximum(start, below - gen.integers(1, 9, len(below))))
        start = end
    order = gen.permutation(sum(len(c) for c in children))
    parent = dict(zip(names[np.concatenate(children)[order]].tolist(),
                      names[np.concatenate(parents)[order]].tolist(), strict=True))
    played = np.flatnonzero(gen.random(n) < 0.95)
    plays = dict(zip(names[played].tolist(), gen.integers(0, 10_001, len(played)).tolist(),
                     strict=True))
    return parent, plays
