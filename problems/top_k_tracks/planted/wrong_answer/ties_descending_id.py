from collections import Counter


def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Sorts by (count, id) with reverse=True: ties come out in descending id."""
    if k < 0:
        raise ValueError("negative k")
    counts = Counter(plays)
    return sorted(counts, key=lambda t: (counts[t], t), reverse=True)[:k]
