def top_k_tracks(plays, k):
    """Bucket sort by count (the linear-time top-k of LeetCode 347's
    editorial): bucket[c] holds the tracks played c times; walk the buckets
    from the highest count down, each bucket sorted by id, until k are taken."""
    if k < 0:
        raise ValueError("k must be non-negative")
    counts = {}
    for track in plays:
        counts[track] = counts.get(track, 0) + 1
    buckets = [[] for _ in range(len(plays) + 1)]
    for track, count in counts.items():
        buckets[count].append(track)
    result = []
    for count in range(len(plays), 0, -1):
        if len(result) >= k:
            break
        for track in sorted(buckets[count]):
            if len(result) == k:
                break
            result.append(track)
    return result
