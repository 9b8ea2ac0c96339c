def friends_artist_recs(friends, follows, user, k):
    """Starts every artist at score 0 and ranks them all: when fewer than k artists
    have a friend following them, artists with score 0 fill the list."""
    if k < 0:
        raise ValueError("negative k")
    mine = {b if a == user else a for a, b in friends if a != b and user in (a, b)}
    own = {artist for who, artist in follows if who == user}
    scores = {artist: 0 for _, artist in follows if artist not in own}
    for who, artist in set(follows):
        if who in mine and artist not in own:
            scores[artist] += 1
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]
