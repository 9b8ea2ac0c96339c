def fill_playlist(durations, target_s):
    """Classic mistake: greedy, longest track first, taking every track that still
    fits. Not optimal: with [300, 200, 200] and 400 it takes 300 alone."""
    if target_s < 0 or any(d < 1 for d in durations):
        raise ValueError("bad arguments")
    chosen, total = [], 0
    for i in sorted(range(len(durations)), key=lambda i: -durations[i]):
        if total + durations[i] <= target_s:
            chosen.append(i)
            total += durations[i]
    return sorted(chosen)
