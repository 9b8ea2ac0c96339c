from collections import Counter


def most_played_track(plays: list[str]) -> str:
    """Classic mistake: breaks ties by the smallest id instead of the first play."""
    if not plays:
        raise ValueError("no plays")
    counts = Counter(plays)
    return min(counts, key=lambda t: (-counts[t], t))
