def friends_artist_recs(friends, follows, user, k):
    """Picks the best remaining artist in a loop `while len(result) < k`: when there
    are fewer than k candidates it spins forever."""
    if k < 0:
        raise ValueError("negative k")
    mine = {b if a == user else a for a, b in friends if a != b and user in (a, b)}
    own = {artist for who, artist in follows if who == user}
    pairs = {(who, artist) for who, artist in follows if who in mine and artist not in own}
    scores = {}
    for _, artist in pairs:
        scores[artist] = scores.get(artist, 0) + 1
    result = []
    while len(result) < k:
        best = None
        for artist, score in scores.items():
            if best is None or (-score, artist) < (-best[1], best[0]):
                best = (artist, score)
        if best is not None:
            result.append(best)
            del scores[best[0]]
    return result
