import math


def predict_rating(ratings, user, track, k=40):
    """Correct but naive: no index. For every rater of the track it scans the
    whole ratings list again to collect that listener's ratings: O(R N) for R
    raters, and R grows with N."""
    if k < 0:
        raise ValueError("negative k")
    if not ratings:
        raise ValueError("no ratings")
    seen = set()
    for who, what, stars in ratings:
        if not 0.5 <= stars <= 5.0:
            raise ValueError("rating out of range")
        if (who, what) in seen:
            raise ValueError("duplicate rating")
        seen.add((who, what))
    mean = sum(s for _, _, s in ratings) / len(ratings)
    mine = {what: stars for who, what, stars in ratings if who == user}
    scored = []
    for other, what, stars in ratings:
        if what != track or other == user:
            continue
        theirs = {t: s for w, t, s in ratings if w == other}
        common = [t for t in theirs if t in mine]
        if common:
            dot = sum(mine[t] * theirs[t] for t in common)
            norm = math.sqrt(sum(mine[t] ** 2 for t in common)
                             * sum(theirs[t] ** 2 for t in common))
            scored.append((dot / norm, other, stars))
    scored.sort(key=lambda x: (-x[0], x[1]))
    top = scored[:k]
    if not top:
        return mean
    return sum(s * r for s, _, r in top) / sum(s for s, _, _ in top)
