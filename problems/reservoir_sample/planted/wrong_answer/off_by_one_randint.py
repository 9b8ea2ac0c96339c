def reservoir_sample(stream, k, rng):
    """randint includes its upper end: randint(0, i + 1) draws from i + 2 values,
    so later items are kept too rarely and the first ones too often."""
    if k < 0:
        raise ValueError("negative k")
    kept = []
    for i, item in enumerate(stream):
        if i < k:
            kept.append(item)
        else:
            j = rng.randint(0, i + 1)
            if j < k:
                kept[j] = item
    return kept
