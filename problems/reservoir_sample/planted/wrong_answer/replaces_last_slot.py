def reservoir_sample(stream, k, rng):
    """Lets an item in with the right probability, but always into the last slot:
    the first k - 1 items are never replaced."""
    if k < 0:
        raise ValueError("negative k")
    kept = []
    for i, item in enumerate(stream):
        if i < k:
            kept.append(item)
        elif rng.randrange(i + 1) < k:
            kept[-1] = item
    return kept
