def friends_artist_recs(friends, follows, user, k):
    """Forgets to leave out the artists the user already follows."""
    if k < 0:
        raise ValueError("negative k")
    mine = {b if a == user else a for a, b in friends if a != b and user in (a, b)}
    pairs = {(who, artist) for who, artist in follows if who in mine}
    scores = {}
    for _, artist in pairs:
        scores[artist] = scores.get(artist, 0) + 1
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]
