import heapq
from collections import Counter


def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Count in one pass, then keep the k best by the key (-count, id).

    heapq.nsmallest keeps a heap of at most k items while it scans the u
    distinct tracks, so this is O(n + u log k) time and O(u) memory; it
    returns [] for k = 0 and everything, sorted, when k >= u. The key makes
    the order total, so ties are broken by ascending id whatever the dict
    order is.
    """
    if k < 0:
        raise ValueError("k must be non-negative")
    counts = Counter(plays)
    best = heapq.nsmallest(k, counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [track for track, _ in best]
