import math


def predict_rating(ratings, user, track, k=40):
    """Correct but naive: builds the full listener x listener similarity matrix
    (a dict of dicts, every pair compared over its co-rated tracks) before
    looking at the one listener and track asked about: O(U^2) pairs."""
    if k < 0:
        raise ValueError("negative k")
    if not ratings:
        raise ValueError("no ratings")
    profile = {}
    for who, what, stars in ratings:
        if not 0.5 <= stars <= 5.0:
            raise ValueError("rating out of range")
        if what in profile.setdefault(who, {}):
            raise ValueError("duplicate rating")
        profile[who][what] = stars
    mean = sum(s for _, _, s in ratings) / len(ratings)

    listeners = sorted(profile)
    sim = {u: {} for u in listeners}
    for x, u in enumerate(listeners):
        for v in listeners[x + 1:]:
            a, b = profile[u], profile[v]
            dot = na = nb = 0.0
            for t in a:
                if t in b:
                    dot += a[t] * b[t]
                    na += a[t] ** 2
                    nb += b[t] ** 2
            s = dot / math.sqrt(na * nb) if dot else 0.0
            sim[u][v] = sim[v][u] = s

    if user not in profile:
        return mean
    neighbours = [(sim[user][v], v) for v in listeners
                  if v != user and track in profile[v] and sim[user][v] > 0]
    neighbours.sort(key=lambda p: (-p[0], p[1]))
    top = neighbours[:k]
    if not top:
        return mean
    return sum(s * profile[v][track] for s, v in top) / sum(s for s, _ in top)
