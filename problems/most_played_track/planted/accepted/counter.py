from collections import Counter


def most_played_track(plays: list[str]) -> str:
    """The library idiom: Counter(plays).most_common(1). O(n)."""
    if not plays:
        raise ValueError("no plays")
    # most_common keeps first-encountered order among equal counts
    return Counter(plays).most_common(1)[0][0]
