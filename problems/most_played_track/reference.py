def most_played_track(plays: list[str]) -> str:
    """One pass to count; dicts keep insertion (first-play) order, so the
    first track to reach the top count in that order wins ties. O(n)."""
    if not plays:
        raise ValueError("plays is empty")
    counts: dict[str, int] = {}
    for track in plays:
        counts[track] = counts.get(track, 0) + 1
    best, best_count = "", 0
    for track, count in counts.items():  # first-play order
        if count > best_count:
            best, best_count = track, count
    return best
