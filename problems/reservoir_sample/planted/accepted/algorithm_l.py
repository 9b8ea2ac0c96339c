import math
import random
from itertools import islice


def reservoir_sample(stream, k, rng: random.Random):
    """Li's Algorithm L: after the reservoir is full, skip a geometric number of
    items between replacements, O(k (1 + log(n / k))) random numbers."""
    if k < 0:
        raise ValueError("negative k")
    it = iter(stream)
    kept = list(islice(it, k))
    if len(kept) < k or k == 0:
        return kept
    w = math.exp(math.log(1.0 - rng.random()) / k)
    missing = object()
    while True:
        skip = math.floor(math.log(1.0 - rng.random()) / math.log(1.0 - w))
        item = next(islice(it, skip, skip + 1), missing)
        if item is missing:
            return kept
        kept[rng.randrange(k)] = item
        w *= math.exp(math.log(1.0 - rng.random()) / k)
