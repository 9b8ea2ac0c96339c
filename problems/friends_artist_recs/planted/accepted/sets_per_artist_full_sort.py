def friends_artist_recs(friends, follows, user, k):
    """Correct: a set of followers per artist (its size is the score), then a full
    sort of all candidates by (-score, id) and a slice: O(E + c log c)."""
    if k < 0:
        raise ValueError("negative k")
    mine = {b if a == user else a for a, b in friends if a != b and user in (a, b)}
    own = {artist for who, artist in follows if who == user}
    fans = {}
    for who, artist in follows:
        if who in mine and artist not in own:
            fans.setdefault(artist, set()).add(who)
    ranked = sorted(fans, key=lambda artist: (-len(fans[artist]), artist))
    return [(artist, len(fans[artist])) for artist in ranked[:k]]
