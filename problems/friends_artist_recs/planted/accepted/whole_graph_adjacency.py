from collections import defaultdict


def friends_artist_recs(friends, follows, user, k):
    """The graph-first version: an adjacency of sets for the whole friendship
    graph and a follow set for every listener (defaultdict(set)), then the
    friends' follows are tallied and all candidates sorted by (-score, id).
    O(E + c log c)."""
    if k < 0:
        raise ValueError("k must be >= 0")
    graph = defaultdict(set)
    for a, b in friends:
        if a != b:
            graph[a].add(b)
            graph[b].add(a)
    following = defaultdict(set)
    for who, artist in follows:
        following[who].add(artist)
    own = following[user]
    scores = defaultdict(int)
    for friend in graph[user]:
        for artist in following[friend]:
            if artist not in own:
                scores[artist] += 1
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:k]
