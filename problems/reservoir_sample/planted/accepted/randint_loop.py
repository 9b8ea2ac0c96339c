import random


def reservoir_sample(stream, k, rng: random.Random):
    """Algorithm R with randint (both ends included) and an explicit counter."""
    if k < 0:
        raise ValueError("negative k")
    if k == 0:
        return []
    sample = []
    seen = 0
    for item in stream:
        seen += 1
        if len(sample) < k:
            sample.append(item)
            continue
        j = rng.randint(1, seen)
        if j <= k:
            sample[j - 1] = item
    return sample
