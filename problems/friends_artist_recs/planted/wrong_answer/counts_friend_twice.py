def friends_artist_recs(friends, follows, user, k):
    """Collects the friends in a list: a friendship listed twice (e.g. as (u, f)
    and (f, u)) makes that friend vote twice."""
    if k < 0:
        raise ValueError("negative k")
    mine = [b if a == user else a for a, b in friends if a != b and user in (a, b)]
    following = {}
    for who, artist in follows:
        following.setdefault(who, set()).add(artist)
    own = following.get(user, set())
    scores = {}
    for friend in mine:
        for artist in following.get(friend, ()):
            if artist not in own:
                scores[artist] = scores.get(artist, 0) + 1
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]
