def reservoir_sample(stream, k, rng):
    """Shuffles the reservoir at the end "to make the order random": a stream of
    at most k items no longer comes back in stream order."""
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
    rng.shuffle(kept)
    return kept
