from collections import Counter


def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Off by one: the loop condition uses <= and takes k + 1 tracks."""
    if k < 0:
        raise ValueError("negative k")
    counts = Counter(plays)
    order = sorted(counts, key=lambda t: (-counts[t], t))
    result = []
    i = 0
    while i <= k and i < len(order):
        result.append(order[i])
        i += 1
    return result
