from collections import defaultdict
from math import sqrt


def predict_rating(ratings, user, track, k=40):
    """Correct, another algorithm: walks the inverted index from the user's side.
    For every track the user rated, every other listener who rated it adds to
    their running dot product and co-rated norms; the raters of the target
    track are then ranked with one full sort by (-sim, id)."""
    if k < 0:
        raise ValueError("negative k")
    if len(ratings) == 0:
        raise ValueError("no ratings")
    rated = defaultdict(dict)    # track -> {listener: rating}
    seen = set()
    for u, t, r in ratings:
        if not (r >= 0.5 and r <= 5.0):
            raise ValueError("rating out of range")
        if (u, t) in seen:
            raise ValueError("duplicate rating")
        seen.add((u, t))
        rated[t][u] = r
    mean = sum(r for _, _, r in ratings) / len(ratings)
    if track not in rated:
        return mean
    dot, norm_me, norm_them = defaultdict(float), defaultdict(float), defaultdict(float)
    for t, by in rated.items():
        if user in by:
            mine = by[user]
            for other, theirs in by.items():
                if other != user:
                    dot[other] += mine * theirs
                    norm_me[other] += mine * mine
                    norm_them[other] += theirs * theirs
    scored = []
    for other, stars in rated[track].items():
        if other != user and dot[other] > 0:
            scored.append((-dot[other] / sqrt(norm_me[other] * norm_them[other]), other, stars))
    scored.sort()
    top = scored[:k]
    if not top:
        return mean
    return sum(-s * r for s, _, r in top) / sum(-s for s, _, _ in top)
