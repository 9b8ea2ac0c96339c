def reservoir_sample(stream, k, rng):
    """Reads with next(it, None) and writes `continue` where `break` was meant:
    at the end of the stream it spins forever."""
    if k < 0:
        raise ValueError("negative k")
    it = iter(stream)
    kept = []
    i = 0
    while True:
        item = next(it, None)
        if item is None:
            continue
        if i < k:
            kept.append(item)
        else:
            j = rng.randrange(i + 1)
            if j < k:
                kept[j] = item
        i += 1
    return kept
