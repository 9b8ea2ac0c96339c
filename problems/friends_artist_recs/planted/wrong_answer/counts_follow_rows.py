from collections import Counter


def friends_artist_recs(friends, follows, user, k):
    """Counts follow rows, not distinct friends: a friend whose follow is logged
    twice votes twice."""
    if k < 0:
        raise ValueError("negative k")
    mine = {b if a == user else a for a, b in friends if a != b and user in (a, b)}
    own = {artist for who, artist in follows if who == user}
    scores = Counter(artist for who, artist in follows if who in mine and artist not in own)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]
