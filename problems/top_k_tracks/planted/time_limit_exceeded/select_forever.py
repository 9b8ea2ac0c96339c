def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Selection loop `while len(result) < k`: when tracks run out before k, it spins forever."""
    if k < 0:
        raise ValueError("negative k")
    counts = {}
    for t in plays:
        counts[t] = counts.get(t, 0) + 1
    result = []
    taken = set()
    while len(result) < k:
        best = None
        for t, c in counts.items():
            if t not in taken and (best is None or (-c, t) < (-counts[best], best)):
                best = t
        if best is not None:
            result.append(best)
            taken.add(best)
    return result
