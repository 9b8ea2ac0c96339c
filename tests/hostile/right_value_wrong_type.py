"""Expected: Wrong Answer (the right id, but inside a list: the right shape is not the right type)."""


def most_played_track(plays):
    if not plays:
        raise ValueError("no plays")
    counts = {}
    for track in plays:
        counts[track] = counts.get(track, 0) + 1
    best = max(counts.values())
    return [next(track for track in counts if counts[track] == best)]
