def artist_spread(tracks):
    """Classic mistake: ranks the artists by count once, at the start, then always
    plays the first artist in that fixed ranking that is not the one just played.
    It must follow the counts LEFT: with 3 A, 3 B and 2 C it plays
    A B A B A B C C."""
    n = len(tracks)
    queues = {}
    for pair in tracks:
        queues.setdefault(pair[1], []).append(pair)
    if not queues or max(len(q) for q in queues.values()) > (n + 1) // 2:
        return []
    ranking = sorted(queues, key=lambda artist: -len(queues[artist]))
    result = []
    previous = None
    while len(result) < n:
        for artist in ranking:
            if queues[artist] and artist != previous:
                break
        else:  # stuck: only the artist just played is left
            artist = previous
        result.append(queues[artist].pop(0))
        previous = artist
    return result
