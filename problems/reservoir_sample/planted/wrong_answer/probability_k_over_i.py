def reservoir_sample(stream, k, rng):
    """Keeps item i with probability k / i instead of k / (i + 1) (0-based i):
    item k always gets in."""
    if k < 0:
        raise ValueError("negative k")
    if k == 0:
        return []
    kept = []
    for i, item in enumerate(stream):
        if i < k:
            kept.append(item)
        elif rng.random() < k / i:
            kept[rng.randrange(k)] = item
    return kept
