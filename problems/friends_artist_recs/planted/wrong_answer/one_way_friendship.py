def friends_artist_recs(friends, follows, user, k):
    """Reads friendships one way only: (user, f) makes f a friend, but (f, user)
    is missed."""
    if k < 0:
        raise ValueError("negative k")
    mine = {b for a, b in friends if a == user and b != user}
    own = {artist for who, artist in follows if who == user}
    pairs = {(who, artist) for who, artist in follows if who in mine and artist not in own}
    scores = {}
    for _, artist in pairs:
        scores[artist] = scores.get(artist, 0) + 1
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]
