import heapq
import math


def predict_rating(ratings, user, track, k=40):
    """heapq.nlargest with the key (sim, id): among equal similarities the LARGER
    id is kept first."""
    if k < 0:
        raise ValueError("negative k")
    if not ratings:
        raise ValueError("no ratings")
    by_user = {}
    raters = {}
    for who, what, stars in ratings:
        if not 0.5 <= stars <= 5.0:
            raise ValueError("rating out of range")
        row = by_user.setdefault(who, {})
        if what in row:
            raise ValueError("duplicate rating")
        row[what] = stars
        raters.setdefault(what, []).append(who)
    mean = sum(s for _, _, s in ratings) / len(ratings)
    mine = by_user.get(user)
    if mine is None or track not in raters:
        return mean
    pairs = []
    for other in raters[track]:
        if other != user:
            sim = cosine(mine, by_user[other])
            if sim > 0:
                pairs.append((sim, other))
    best = heapq.nlargest(k, pairs)
    if not best:
        return mean
    return sum(s * by_user[o][track] for s, o in best) / sum(s for s, _ in best)


def cosine(a, b):
    dot = na = nb = 0.0
    for t, x in a.items():
        if t in b:
            dot += x * b[t]
            na += x * x
            nb += b[t] * b[t]
    return dot / math.sqrt(na * nb) if dot else 0.0
