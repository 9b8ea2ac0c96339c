import random


def reservoir_sample(stream, k, rng: random.Random):
    """Algorithm R as often written from Vitter's description: keep item i
    (1-based) with probability k / i by `rng.random() < k / i`, then overwrite a
    slot chosen with rng.randrange(k). One pass, O(k) memory."""
    if k < 0:
        raise ValueError("k must be >= 0")
    reservoir = []
    if k == 0:
        return reservoir
    for i, item in enumerate(stream, start=1):
        if i <= k:
            reservoir.append(item)
        elif rng.random() < k / i:
            reservoir[rng.randrange(k)] = item
    return reservoir
