from collections import Counter


def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Sorts ascending and takes order[-k:]: for k = 0 that is the whole list, not []."""
    if k < 0:
        raise ValueError("negative k")
    counts = Counter(plays)
    order = sorted(counts, reverse=True)   # ids descending...
    order.sort(key=counts.get)             # ...then counts ascending (stable)
    return order[-k:][::-1]
