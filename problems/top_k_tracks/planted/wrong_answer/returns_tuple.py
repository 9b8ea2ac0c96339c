from collections import Counter


def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Right ids in the right order, but returned as a tuple, not a list."""
    if k < 0:
        raise ValueError("negative k")
    counts = Counter(plays)
    return tuple(sorted(counts, key=lambda t: (-counts[t], t))[:k])
