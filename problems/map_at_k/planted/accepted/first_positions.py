from statistics import fmean


def average_precision(ranked, played, k):
    first = {}
    for position, track in enumerate(ranked[:k]):
        first.setdefault(track, position)  # a repeat keeps its first position
    positions = sorted(p for track, p in first.items() if track in played)
    return sum((j + 1) / (p + 1) for j, p in enumerate(positions)) / min(len(played), k)


def map_at_k(recs, relevant, k):
    """Correct, another way: records the first position of each track, then the
    j-th hit (sorted by position p) contributes j / p, all 1-based."""
    if k < 1:
        raise ValueError("k must be at least 1")
    scores = [average_precision(recs.get(user, []), played, k)
              for user, played in relevant.items() if played]
    if not scores:
        raise ValueError("no eligible listener")
    return fmean(scores)
