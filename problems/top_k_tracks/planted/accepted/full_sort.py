from collections import Counter


def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Sorts every distinct track by (-count, id) and slices: O(n + u log u)."""
    if k < 0:
        raise ValueError("negative k")
    counts = Counter(plays)
    return sorted(counts, key=lambda t: (-counts[t], t))[:k]
