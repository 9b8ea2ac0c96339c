"""The one check of a prediction, shared by both test files. The spec is recomputed
in exact arithmetic (Fractions). Two similarities within 1e-9 relative that are not the
same (dot, norm, norm) triple may come out of equally correct float formulas in either
order (CATALOG.md): when such a near-tie straddles the k-th place, every choice of the
tied neighbours is accepted. The same triple gives bit-identical similarities in any
formula, so that tie goes by id, strictly."""

import math
from fractions import Fraction
from itertools import combinations
from typing import NamedTuple

from judge.testing import WrongAnswer, call_reference, first_difference, returned


class Neighbour(NamedTuple):
    id: str
    dot: Fraction
    norm_user: Fraction
    norm_other: Fraction
    rating: float  # the neighbour's rating of the track

    @property
    def sim(self):
        return float(self.dot) / math.sqrt(float(self.norm_user * self.norm_other))


def spec_model(ratings, user, track):
    """(global mean, the positive neighbours in exact (-sim, id) order)."""
    by_user = {}
    for who, what, stars in ratings:
        by_user.setdefault(who, {})[what] = stars
    mine = by_user.get(user, {})
    found = [Neighbour(other, sum(Fraction(mine[t]) * Fraction(theirs[t]) for t in common),
                       sum(Fraction(mine[t]) ** 2 for t in common),
                       sum(Fraction(theirs[t]) ** 2 for t in common), theirs[track])
             for other, theirs in by_user.items() if other != user and track in theirs
             for common in [[t for t in theirs if t in mine]] if common]
    # by exact similarity (its square: all similarities are > 0), then id
    found.sort(key=lambda n: (-n.dot * n.dot / (n.norm_user * n.norm_other), n.id))
    return float(sum(Fraction(stars) for _, _, stars in ratings) / len(ratings)), found


def weighted(neighbours):
    return sum(n.sim * n.rating for n in neighbours) / sum(n.sim for n in neighbours)


def accepted(got, neighbours, k):
    """Whether a correct float computation may return ``got``: any choice of the
    neighbours in a near-tie at the k-th place (between the extremes, when too many)."""
    chosen = neighbours[:k]
    tied = [n for n in neighbours if math.isclose(n.sim, chosen[-1].sim, rel_tol=1e-9)]
    if len(neighbours) <= k or len({n[1:4] for n in tied}) == 1:
        values = [weighted(chosen)]
    else:
        above = [n for n in chosen if n not in tied]
        m = k - len(above)
        if math.comb(len(tied), m) > 3000:
            by_rating = sorted(tied, key=lambda n: n.rating)
            low, high = weighted(above + by_rating[:m]), weighted(above + by_rating[-m:])
            return low - 1e-9 * abs(low) <= got <= high + 1e-9 * abs(high)
        values = [weighted(above + list(pick)) for pick in combinations(tied, m)]
    return any(math.isclose(got, value, rel_tol=1e-9, abs_tol=1e-12) for value in values)


def explain(ratings, user, track, k, mean, neighbours):
    """Why the expected prediction is what it is, in words."""
    mean = f"the global mean {mean:.10g}"
    if user not in {who for who, _, _ in ratings}:
        return f"{user!r} has no ratings, so the answer is {mean}"
    if track not in {what for _, what, _ in ratings}:
        return f"nobody rated {track!r}, so the answer is {mean}"
    if k == 0:
        return f"k = 0 leaves no neighbours, so the answer is {mean}"
    if not neighbours:
        return (f"no other rater of {track!r} shares a rated track with {user!r} (every"
                f" similarity is 0), so the answer is {mean}")
    kept = min(k, len(neighbours))
    shown = ", ".join(f"{n.id!r} (sim {n.sim:.10g}, rated {n.rating:g})"
                      for n in neighbours[:min(k, 6)])
    more = f" and {kept - 6} more" if kept > 6 else ""
    left = len(neighbours) - kept
    cut = f"; {left} more positive neighbour(s) fall outside the top k = {k}" if left else ""
    return (f"the neighbours of {user!r} among the raters of {track!r} (cosine over co-rated"
            f" tracks > 0, most similar first, ties by id) are {shown}{more}{cut}; the"
            f" prediction is sum(sim * rating) / sum(sim) = {weighted(neighbours[:k]):.10g}")


def _variant(ratings, user, track, k, *, self_too=False, all_norms=False, by_k=False,
             fallback="global", pearson=False, ties_desc=False):
    """A float model of the spec with one common mistake switched on."""
    by_user = {}
    for who, what, stars in ratings:
        by_user.setdefault(who, {})[what] = stars
    mine = by_user.get(user, {})
    pool = []
    for other, theirs in by_user.items():
        common = [t for t in theirs if t in mine]
        if (other == user and not self_too) or track not in theirs or not common:
            continue
        mu_a, mu_b = ((sum(mine.values()) / len(mine), sum(theirs.values()) / len(theirs))
                      if pearson else (0, 0))
        xs, ys = [mine[t] - mu_a for t in common], [theirs[t] - mu_b for t in common]
        dot = sum(x * y for x, y in zip(xs, ys, strict=True))
        norms = [mine.values(), theirs.values()] if all_norms else [xs, ys]
        na, nb = (sum(x * x for x in v) for v in norms)
        if na > 0 and nb > 0 and dot / math.sqrt(na * nb) > 0:
            pool.append((dot / math.sqrt(na * nb), other, theirs[track]))
    pool.sort(key=lambda x: (x[0], x[1]) if ties_desc else (-x[0], x[1]), reverse=ties_desc)
    best = pool[:k]
    if not best:
        mean = sum(stars for _, _, stars in ratings) / len(ratings)
        return sum(mine.values()) / len(mine) if fallback == "user" and mine else mean
    top = sum(s * r for s, _, r in best)
    return top / k if by_k else top / sum(s for s, _, _ in best)


MISTAKES = [
    ("include the user themself as a neighbour (they rated the track too): neighbours"
     " never include the user", {"self_too": True}),
    ("take the norms over ALL of each listener's ratings: the dot product and both norms"
     " run over the co-rated tracks only", {"all_norms": True}),
    ("divide by k instead of by the sum of the similarities", {"by_k": True}),
    ("fall back to the user's own mean rating: the fallback is the global mean of all"
     " ratings", {"fallback": "user"}),
    ("use the Pearson correlation (mean-centred): the similarity is the plain cosine",
     {"pearson": True}),
    ("break ties in similarity by DESCENDING id: ties go to the smaller id",
     {"ties_desc": True}),
]


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def check_prediction(solution, reference, ratings, user, track, k=40):
    """The submission's prediction must be the spec's (up to near-ties); returns it."""
    expected = call_reference(reference, ratings, user, track, k)
    got = returned(solution, ratings, user, track, k)
    if first_difference(got, expected) is None:
        return got
    got = float(got)
    mean, neighbours = spec_model(ratings, user, track)
    if k > 0 and neighbours and accepted(got, neighbours, k):
        return got
    reason = (f"the prediction is {got!r}, expected {expected!r}: "
              + explain(ratings, user, track, k, mean, neighbours))
    if neighbours and k > 0 and _close(got, mean):
        reason += (f" (you returned the global mean {mean:.10g}: the fallback is only for an"
                   " unknown user or track, k = 0, or no positive neighbour)")
    else:
        for mistake, switches in MISTAKES:
            alternative = _variant(ratings, user, track, k, **switches)
            if _close(got, alternative) and not _close(alternative, expected):
                reason += f" (that is what you get if you {mistake})"
                break
    raise WrongAnswer(reason, call=solution.last_call, expected=expected, actual=got)
