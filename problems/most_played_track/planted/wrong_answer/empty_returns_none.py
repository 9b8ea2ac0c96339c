from collections import Counter


def most_played_track(plays: list[str]) -> str:
    """Forgets the empty case: returns None instead of raising ValueError."""
    if not plays:
        return None  # type: ignore[return-value]
    return Counter(plays).most_common(1)[0][0]
