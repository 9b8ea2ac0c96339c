from collections import Counter


def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Forgets to reject a negative k: the slice [:k] quietly drops tracks from the end."""
    counts = Counter(plays)
    return sorted(counts, key=lambda t: (-counts[t], t))[:k]
