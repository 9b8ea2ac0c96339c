def friends_artist_recs(friends, follows, user, k):
    """Forgets to reject a negative k: the slice [:k] quietly drops artists from the end."""
    mine = {b if a == user else a for a, b in friends if a != b and user in (a, b)}
    own = {artist for who, artist in follows if who == user}
    pairs = {(who, artist) for who, artist in follows if who in mine and artist not in own}
    scores = {}
    for _, artist in pairs:
        scores[artist] = scores.get(artist, 0) + 1
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]
