import heapq


def friends_artist_recs(friends: list[tuple[str, str]], follows: list[tuple[str, str]],
                        user: str, k: int) -> list[tuple[str, int]]:
    """One pass over the friendships collects the user's friends in a set (both
    orientations, self-pairs skipped); one pass over the follows keeps the
    distinct (friend, artist) pairs, so repeated rows count once, and the
    user's own artists. Each remaining pair adds 1 to its artist's score; the
    top k by (-score, id) come from a heap of size k. O(F + E + c log k) for F
    friendships, E follows and c candidate artists."""
    if k < 0:
        raise ValueError("k must be >= 0")
    mine = set()
    for a, b in friends:
        if a != b:
            if a == user:
                mine.add(b)
            elif b == user:
                mine.add(a)
    own = set()
    pairs = set()
    for who, artist in follows:
        if who in mine:
            pairs.add((who, artist))
        elif who == user:
            own.add(artist)
    scores: dict[str, int] = {}
    for _, artist in pairs:
        if artist not in own:
            scores[artist] = scores.get(artist, 0) + 1
    return heapq.nsmallest(k, scores.items(), key=lambda item: (-item[1], item[0]))
