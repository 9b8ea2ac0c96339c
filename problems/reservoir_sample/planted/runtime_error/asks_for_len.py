def reservoir_sample(stream, k, rng):
    """Asks for the length first: a generator has no len()."""
    if k < 0:
        raise ValueError("negative k")
    n = len(stream)
    if n <= k:
        return list(stream)
    kept = []
    for i, item in enumerate(stream):
        if i < k:
            kept.append(item)
        elif rng.randrange(i + 1) < k:
            kept[rng.randrange(k)] = item
    return kept
