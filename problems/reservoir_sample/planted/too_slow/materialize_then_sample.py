def reservoir_sample(stream, k, rng):
    """Correct and fast, but stores the whole stream: O(n) memory."""
    if k < 0:
        raise ValueError("negative k")
    items = list(stream)
    if len(items) <= k:
        return items
    return rng.sample(items, k)
