"""Expected: Wrong Answer (correct under PYTHONHASHSEED=0 only: it breaks ties by the
first play or by the largest id depending on a hash value, as set-order luck does)."""


def most_played_track(plays):
    if not plays:
        raise ValueError("no plays")
    counts = {}
    for track in plays:
        counts[track] = counts.get(track, 0) + 1
    best = max(counts.values())
    tied = [track for track in counts if counts[track] == best]
    return tied[0] if hash("k2") & 1 == 0 else max(tied)
