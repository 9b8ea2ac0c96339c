import heapq
import math


def predict_rating(ratings, user, track, k=40):
    """Uses the Pearson correlation (ratings centred on each listener's mean over
    the co-rated tracks) instead of the plain cosine."""
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
    best = heapq.nsmallest(k, pairs, key=lambda p: (-p[0], p[1]))
    if not best:
        return mean
    return sum(s * by_user[o][track] for s, o in best) / sum(s for s, _ in best)


def cosine(a, b):
    common = [t for t in a if t in b]
    if not common:
        return 0.0
    ma = sum(a[t] for t in common) / len(common)
    mb = sum(b[t] for t in common) / len(common)
    dot = sum((a[t] - ma) * (b[t] - mb) for t in common)
    na = sum((a[t] - ma) ** 2 for t in common)
    nb = sum((b[t] - mb) ** 2 for t in common)
    return dot / math.sqrt(na * nb) if na and nb else 0.0
