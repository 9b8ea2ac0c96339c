def reservoir_sample(stream, k, rng):
    """Stops at the first k items: not a random sample at all."""
    if k < 0:
        raise ValueError("negative k")
    kept = []
    for item in stream:
        if len(kept) == k:
            break
        kept.append(item)
    return kept
