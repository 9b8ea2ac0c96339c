import heapq
from collections import Counter


def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Returns the (id, count) pairs instead of the ids."""
    if k < 0:
        raise ValueError("negative k")
    return heapq.nsmallest(k, Counter(plays).items(), key=lambda kv: (-kv[1], kv[0]))
