from collections import Counter


def friends_artist_recs(friends, follows, user, k):
    """Counter.most_common(k): equal scores come out in first-seen order, not by id."""
    if k < 0:
        raise ValueError("negative k")
    mine = {b if a == user else a for a, b in friends if a != b and user in (a, b)}
    own = {artist for who, artist in follows if who == user}
    seen = set()
    scores = Counter()
    for who, artist in follows:
        if who in mine and artist not in own and (who, artist) not in seen:
            seen.add((who, artist))
            scores[artist] += 1
    return scores.most_common(k)
