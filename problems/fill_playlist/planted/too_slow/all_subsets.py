def fill_playlist(durations, target_s):
    """Correct but naive: tries all 2^n subsets (as bit masks) and keeps the best
    total that fits. O(2^n * n)."""
    if target_s < 0 or any(d < 1 for d in durations):
        raise ValueError("bad arguments")
    n = len(durations)
    best_total, best_mask = 0, 0
    for mask in range(1 << n):
        total = 0
        for i in range(n):
            if mask >> i & 1:
                total += durations[i]
        if best_total < total <= target_s:
            best_total, best_mask = total, mask
    return [i for i in range(n) if best_mask >> i & 1]
