"""Expected: Wrong Answer on top_k_tracks (returns a generator where a list is asked)."""
from collections import Counter


def top_k_tracks(plays, k):
    if k < 0:
        raise ValueError("negative k")
    counts = Counter(plays)
    return (track for track, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k])
