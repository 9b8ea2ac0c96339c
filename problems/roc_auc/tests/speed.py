"""Speed inputs: n listens, about 30% skipped (label 1), scores rounded to
3 decimals so that ties are everywhere; skipped listens score a bit higher.

Counting every (positive, negative) pair is O(n^2) and shows it against the
O(n log n) sort."""

import random


def generate(n: int, rng: random.Random) -> tuple[list[int], list[float]]:
    labels = [1 if rng.random() < 0.3 else 0 for _ in range(n)]
    scores = [round(rng.random() * 0.7 + 0.3 * label, 3) for label in labels]
    return labels, scores
