def most_played_track(plays: list[str]) -> str:
    """A while loop whose index only moves on a new track: hangs on a repeat."""
    if not plays:
        raise ValueError("no plays")
    counts: dict[str, int] = {}
    i = 0
    while i < len(plays):
        track = plays[i]
        counts[track] = counts.get(track, 0) + 1
        if counts[track] == 1:
            i += 1
    return max(counts, key=counts.__getitem__)
