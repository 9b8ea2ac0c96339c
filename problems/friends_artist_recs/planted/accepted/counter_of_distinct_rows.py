import heapq
from collections import Counter


def friends_artist_recs(friends, follows, user, k):
    """The Counter idiom: the user's friends as a set, the distinct follow
    rows via set(follows), a Counter of the artists the friends follow, and
    heapq.nsmallest by (-score, id). O(E + c log k)."""
    if k < 0:
        raise ValueError("k must be >= 0")
    buddies = set()
    for a, b in friends:
        if a == user and b != user:
            buddies.add(b)
        elif b == user and a != user:
            buddies.add(a)
    distinct = set(follows)
    own = {artist for who, artist in distinct if who == user}
    scores = Counter(artist for who, artist in distinct if who in buddies and artist not in own)
    return heapq.nsmallest(k, scores.items(), key=lambda item: (-item[1], item[0]))
