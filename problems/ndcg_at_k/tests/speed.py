"""Speed inputs: a ranking of n tracks scored at k = n / 2 against n graded judgments
(0-4, some fractional), half of them of tracks never retrieved. Every naive approach
found in practice is quadratic here: a duplicate check by scanning the list, sorting
the grades again at every position, or max() and remove() k times."""

import random

import numpy as np


def generate(n: int, rng: random.Random) -> tuple[list[str], dict[str, float], int]:
    gen = np.random.default_rng(rng.getrandbits(64))
    pool = [f"track{i:07d}" for i in gen.permutation(2 * n).tolist()]
    ranked = pool[:n]
    judged = pool[: n // 2] + pool[n : n + n - n // 2]
    grades = gen.choice([0, 0, 1, 1, 1, 2, 2, 3, 4, 0.5, 1.5], size=len(judged)).tolist()
    order = gen.permutation(len(judged)).tolist()
    relevance = {judged[i]: grades[i] for i in order}
    return ranked, relevance, max(1, n // 2)
