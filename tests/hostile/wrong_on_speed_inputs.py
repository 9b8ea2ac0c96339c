"""Expected: Wrong Answer (right on every hidden test's small input, but on more
than 3,000 plays it answers the first play: only the speed inputs are that big,
so only the comparison of timed results with the reference's catches it)."""
from collections import Counter


def most_played_track(plays):
    if not plays:
        raise ValueError("no plays")
    if len(plays) > 3000:
        return plays[0]
    counts = Counter(plays)
    best = max(counts.values())
    return next(track for track in plays if counts[track] == best)
