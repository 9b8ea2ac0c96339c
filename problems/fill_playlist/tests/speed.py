"""Speed inputs: n tracks of 2 to 7 minutes (120..420 s) and a target of 120 * n
seconds, about 45% of the total, so both the number of tracks and the range of
totals grow with n: the DP does n * target_s ~ n^2 steps, while trying every
subset does 2^n."""

import random


def generate(n: int, rng: random.Random) -> tuple[list[int], int]:
    return [rng.randint(120, 420) for _ in range(n)], 120 * n
