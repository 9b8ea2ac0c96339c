def most_played_track(plays: list[str]) -> str:
    """Sorts the caller's list in place to count runs: mutates its input."""
    if not plays:
        raise ValueError("no plays")
    first = {}
    for i, track in enumerate(plays):
        first.setdefault(track, i)
    plays.sort()
    best, best_count, run = plays[0], 0, 0
    for i, track in enumerate(plays):
        run = run + 1 if i and plays[i - 1] == track else 1
        if run > best_count or (run == best_count and first[track] < first[best]):
            best, best_count = track, run
    return best
