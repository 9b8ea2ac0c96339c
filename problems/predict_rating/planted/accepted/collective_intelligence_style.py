from math import sqrt


def sim_cosine(prefs, a, b):
    """Cosine over the co-rated items, found as in Programming Collective
    Intelligence's sim_distance: a dict of the items both rated."""
    shared = {item: 1 for item in prefs[a] if item in prefs[b]}
    if not shared:
        return 0.0
    dot = sum(prefs[a][item] * prefs[b][item] for item in shared)
    norm_a = sum(prefs[a][item] ** 2 for item in shared)
    norm_b = sum(prefs[b][item] ** 2 for item in shared)
    return dot / sqrt(norm_a * norm_b)


def predict_rating(ratings, user, track, k=40):
    """The textbook user-based CF of Programming Collective Intelligence
    (getRecommendations): a prefs dict of dicts, a loop over every other
    listener who rated the track, the k most similar by sorted() with a key."""
    if k < 0:
        raise ValueError("k must be >= 0")
    if not ratings:
        raise ValueError("no ratings")
    prefs = {}
    for person, item, rating in ratings:
        if not (0.5 <= rating <= 5.0):
            raise ValueError("rating outside [0.5, 5]")
        prefs.setdefault(person, {})
        if item in prefs[person]:
            raise ValueError("duplicate rating")
        prefs[person][item] = rating
    mean = sum(r for _, _, r in ratings) / len(ratings)
    if user not in prefs:
        return mean
    scores = []
    for other in prefs:
        if other == user or track not in prefs[other]:
            continue
        sim = sim_cosine(prefs, user, other)
        if sim > 0:
            scores.append((sim, other))
    top = sorted(scores, key=lambda pair: (-pair[0], pair[1]))[:k]
    if not top:
        return mean
    return sum(sim * prefs[other][track] for sim, other in top) / sum(sim for sim, _ in top)
