import math


def predict_rating(ratings, user, track, k=40):
    """Correct, another style: co-rated tracks by set intersection of the dict
    keys, the cosine written dot / (|a| |b|) with two square roots (one bit off
    the reference now and then, which the tolerance and the near-tie rule
    allow), and a sort with a two-part key."""
    if k < 0 or not ratings:
        raise ValueError("bad k or no ratings")
    profile = {}
    for who, what, stars in ratings:
        if math.isnan(stars) or stars < 0.5 or stars > 5.0:
            raise ValueError("rating out of range")
        if what in profile.setdefault(who, {}):
            raise ValueError("duplicate")
        profile[who][what] = stars
    global_mean = sum(s for _, _, s in ratings) / len(ratings)
    if user not in profile or k == 0:
        return global_mean
    mine = profile[user]
    sims = []
    for who, theirs in profile.items():
        if who == user or track not in theirs:
            continue
        common = mine.keys() & theirs.keys()
        if not common:
            continue
        dot = sum(mine[t] * theirs[t] for t in common)
        norm_a = math.sqrt(sum(mine[t] ** 2 for t in common))
        norm_b = math.sqrt(sum(theirs[t] ** 2 for t in common))
        sims.append((dot / (norm_a * norm_b), who))
    sims.sort(key=lambda s: (-s[0], s[1]))
    top = [(s, who) for s, who in sims[:k] if s > 0]
    if not top:
        return global_mean
    return sum(s * profile[who][track] for s, who in top) / sum(s for s, _ in top)
