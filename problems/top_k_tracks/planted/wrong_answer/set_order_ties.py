from collections import Counter


def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Sorts only by count over a set: ties follow hash order, which is not id order."""
    if k < 0:
        raise ValueError("negative k")
    counts = Counter(plays)
    return sorted(set(plays), key=lambda t: -counts[t])[:k]
