import random


def reservoir_sample(stream, k, rng):
    """Correct algorithm, but draws from the random module instead of rng: the
    same rng state does not give the same answer."""
    if k < 0:
        raise ValueError("negative k")
    kept = []
    for i, item in enumerate(stream):
        if i < k:
            kept.append(item)
        else:
            j = random.randrange(i + 1)
            if j < k:
                kept[j] = item
    return kept
