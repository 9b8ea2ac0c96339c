def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Correct but naive: sorts the distinct tracks by plays.count, which scans
    all plays once per distinct track: O(n * u)."""
    if k < 0:
        raise ValueError("k must be non-negative")
    distinct = sorted(set(plays))
    ranked = sorted(distinct, key=lambda t: -plays.count(t))  # stable: ties stay by id
    return ranked[:k]
