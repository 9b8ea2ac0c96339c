def fill_playlist(durations, target_s):
    """The textbook 0/1 knapsack (CLRS exercise 16.2-2, value = weight): a 2-D
    table best[i][w] = the longest total of the first i tracks within w
    seconds, with a keep table recording when track i is taken, then a walk
    back from best[n][target_s]. O(n * target_s) time and memory."""
    if target_s < 0:
        raise ValueError("target_s must be >= 0")
    for d in durations:
        if d < 1:
            raise ValueError("durations must be positive")
    n = len(durations)
    best = [[0] * (target_s + 1) for _ in range(n + 1)]
    keep = [[False] * (target_s + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        d = durations[i - 1]
        for w in range(target_s + 1):
            best[i][w] = best[i - 1][w]
            if d <= w and best[i - 1][w - d] + d > best[i][w]:
                best[i][w] = best[i - 1][w - d] + d
                keep[i][w] = True
    chosen = []
    w = target_s
    for i in range(n, 0, -1):
        if keep[i][w]:
            chosen.append(i - 1)
            w -= durations[i - 1]
    chosen.reverse()
    return chosen
