def top_k_tracks(plays: list[str], k: int) -> list[str]:
    """Sorts the caller's list in place to count runs: right answer, but mutates plays."""
    if k < 0:
        raise ValueError("negative k")
    plays.sort()
    runs = []
    for t in plays:
        if runs and runs[-1][1] == t:
            runs[-1][0] -= 1
        else:
            runs.append([-1, t])
    runs.sort()
    return [t for _, t in runs[:k]]
