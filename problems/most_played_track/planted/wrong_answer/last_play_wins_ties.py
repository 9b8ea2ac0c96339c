def most_played_track(plays: list[str]) -> str:
    """Uses >= while scanning: the last track to reach the top count wins ties."""
    if not plays:
        raise ValueError("no plays")
    counts: dict[str, int] = {}
    for track in plays:
        counts[track] = counts.get(track, 0) + 1
    best, best_count = "", 0
    for track, count in counts.items():
        if count >= best_count:
            best, best_count = track, count
    return best
