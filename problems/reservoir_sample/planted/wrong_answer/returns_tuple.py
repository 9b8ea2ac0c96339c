def reservoir_sample(stream, k, rng):
    """Right sample, wrong type: a tuple is not a list."""
    if k < 0:
        raise ValueError("negative k")
    kept = []
    for i, item in enumerate(stream):
        if i < k:
            kept.append(item)
        else:
            j = rng.randrange(i + 1)
            if j < k:
                kept[j] = item
    return tuple(kept)
