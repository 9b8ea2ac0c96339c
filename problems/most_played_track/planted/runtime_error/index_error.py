def most_played_track(plays: list[str]) -> str:
    """Looks one past the end while comparing neighbours."""
    if not plays:
        raise ValueError("no plays")
    counts: dict[str, int] = {}
    for i in range(len(plays)):
        if plays[i] != plays[i + 1] or True:
            counts[plays[i]] = counts.get(plays[i], 0) + 1
    return max(counts, key=counts.__getitem__)
