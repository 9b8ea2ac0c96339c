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


def generate(n: int, rng: random.Random) -> tuple[dict[str, str | None], dict[str, int]]:
    names = [f"genre-{i:07d}" for i in range(n)]
    links: list[tuple[str, str | None]] = []
    start = 0
    for tree, share in enumerate((3, 2, 1)):
        end = n if tree == 2 else start + n * share // 6
        if tree:
            links.append((names[start], None))
        for i in range(start + 1, end):
            links.append((names[i], names[max(start, i - rng.randint(1, 8))]))
        start = end
    rng.shuffle(links)
    parent = dict(links)
    plays = {name: rng.randint(0, 10_000) for name in names if rng.random() < 0.95}
    return parent, plays
