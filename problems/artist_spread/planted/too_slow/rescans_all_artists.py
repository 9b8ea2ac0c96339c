def artist_spread(tracks):
    """Correct but naive: the same greedy (most tracks left, not the artist just
    played), but it finds that artist by scanning every artist's count for each
    track it places: O(n * a) instead of O(n log a) with a heap."""
    n = len(tracks)
    queues = {}
    for pair in tracks:
        queues.setdefault(pair[1], []).append(pair)
    if not queues or max(len(q) for q in queues.values()) > (n + 1) // 2:
        return []
    left = {artist: len(q) for artist, q in queues.items()}
    used = {artist: 0 for artist in queues}
    result = []
    previous = None
    for _ in range(n):
        best, best_left = None, 0
        for artist, count in left.items():
            if artist != previous and count > best_left:
                best, best_left = artist, count
        result.append(queues[best][used[best]])
        used[best] += 1
        left[best] -= 1
        previous = best
    return result
