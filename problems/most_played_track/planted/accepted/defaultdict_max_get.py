from collections import defaultdict


def most_played_track(plays):
    """The usual counting idiom: a defaultdict(int) of counts, then
    max(counts, key=counts.get), which keeps the first of equal counts in
    insertion (first-play) order. O(n)."""
    if not plays:
        raise ValueError("no plays")
    counts = defaultdict(int)
    for track in plays:
        counts[track] += 1
    return max(counts, key=counts.get)
