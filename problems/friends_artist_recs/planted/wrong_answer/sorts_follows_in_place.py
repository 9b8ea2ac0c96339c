def friends_artist_recs(friends, follows, user, k):
    """Sorts the caller's follows list to skip repeated rows: right answer, but it
    modifies its input."""
    if k < 0:
        raise ValueError("negative k")
    mine = {b if a == user else a for a, b in friends if a != b and user in (a, b)}
    follows.sort()
    own = {artist for who, artist in follows if who == user}
    scores = {}
    previous = None
    for row in follows:
        who, artist = row
        if row != previous and who in mine and artist not in own:
            scores[artist] = scores.get(artist, 0) + 1
        previous = row
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]
