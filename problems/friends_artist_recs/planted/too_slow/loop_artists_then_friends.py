def friends_artist_recs(friends, follows, user, k):
    """Correct but naive: for every artist, loops over every friend and checks list
    membership in that friend's follows: O(artists * friends * follows per friend)."""
    if k < 0:
        raise ValueError("k must be >= 0")
    friend_list = []
    for a, b in friends:
        if a != b and user in (a, b):
            other = b if a == user else a
            if other not in friend_list:
                friend_list.append(other)
    followed_by = {}
    for who, artist in follows:
        followed_by.setdefault(who, []).append(artist)
    own = followed_by.get(user, [])
    recs = []
    for artist in {artist for _, artist in follows}:
        if artist in own:
            continue
        score = 0
        for friend in friend_list:
            if artist in followed_by.get(friend, []):
                score += 1
        if score > 0:
            recs.append((artist, score))
    recs.sort(key=lambda rec: (-rec[1], rec[0]))
    return recs[:k]
