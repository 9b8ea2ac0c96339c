from collections import Counter


def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Counter.most_common(k): ties go to the first-played track, not the smaller id."""
    if k < 0:
        raise ValueError("negative k")
    return [t for t, _ in Counter(plays).most_common(k)]
