from collections import Counter


def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Indexes k times into the ranking: IndexError when k > number of distinct tracks."""
    if k < 0:
        raise ValueError("negative k")
    counts = Counter(plays)
    order = sorted(counts, key=lambda t: (-counts[t], t))
    return [order[i] for i in range(k)]
