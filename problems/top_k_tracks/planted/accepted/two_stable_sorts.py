def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Plain dict; sort by id, then a stable sort by count keeps ties by id
    (the two-key sort of the Python Sorting HOWTO). O(n + u log u)."""
    if k < 0:
        raise ValueError("negative k")
    counts = {}
    for t in plays:
        counts[t] = counts.get(t, 0) + 1
    order = sorted(counts)
    order.sort(key=lambda t: counts[t], reverse=True)  # reverse=True is stable too
    result = []
    for t in order:
        if len(result) == k:
            break
        result.append(t)
    return result
