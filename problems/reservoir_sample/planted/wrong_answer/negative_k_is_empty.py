def reservoir_sample(stream, k, rng):
    """Returns [] for a negative k instead of raising ValueError."""
    kept = []
    for i, item in enumerate(stream):
        if i < k:
            kept.append(item)
        elif k > 0:
            j = rng.randrange(i + 1)
            if j < k:
                kept[j] = item
    return kept
