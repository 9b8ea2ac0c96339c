def most_played_track(plays: list[str]) -> str:
    """Correct but naive: plays.count for every distinct track is O(n * distinct).

    dict.fromkeys keeps first-play order and max keeps the first maximum, so
    ties are right; it is the speed that is wrong.
    """
    if not plays:
        raise ValueError("no plays")
    return max(dict.fromkeys(plays), key=plays.count)
