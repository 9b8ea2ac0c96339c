"""The one check of a prediction, shared by both test files.

The spec is recomputed here in exact arithmetic (Fractions): each neighbour's
dot product and co-rated norms are exact, so exact ties are known. Two
similarities within 1e-9 relative of each other that are not the same
(dot, norm, norm) triple may come out of equally correct float formulas in
either order (CATALOG.md), so when such a near-tie straddles the k-th place,
every choice of the tied neighbours is accepted. Neighbours with the same
triple have bit-identical similarities in any formula, so their tie goes by
id, strictly.
"""

import math
from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations

from judge.testing import WrongAnswer, call_reference, first_difference, returned


@dataclass(frozen=True)
class Neighbour:
    id: str
    dot: Fraction
    norm_user: Fraction
    norm_other: Fraction
    rating: float  # the neighbour's rating of the track

    @property
    def triple(self):
        return self.dot, self.norm_user, self.norm_other

    @property
    def exact_key(self):
        """Ranks by exact similarity (its square: all similarities are > 0), then id."""
        return -self.dot * self.dot / (self.norm_user * self.norm_other), self.id

    @property
    def sim(self):
        return float(self.dot) / math.sqrt(float(self.norm_user * self.norm_other))


def spec_model(ratings, user, track):
    """(global mean, the positive neighbours in exact (-sim, id) order)."""
    by_user = {}
    for who, what, stars in ratings:
        by_user.setdefault(who, {})[what] = stars
    mean = float(sum(Fraction(stars) for _, _, stars in ratings) / len(ratings))
    mine = by_user.get(user, {})
    found = []
    for other, theirs in by_user.items():
        if other == user or track not in theirs:
            continue
        common = [t for t in theirs if t in mine]
        if common:
            found.append(Neighbour(
                other, sum(Fraction(mine[t]) * Fraction(theirs[t]) for t in common),
                sum(Fraction(mine[t]) ** 2 for t in common),
                sum(Fraction(theirs[t]) ** 2 for t in common), theirs[track]))
    found.sort(key=lambda n: n.exact_key)
    return mean, found


def weighted(neighbours):
    return sum(n.sim * n.rating for n in neighbours) / sum(n.sim for n in neighbours)


def accepted_values(neighbours, k):
    """Every prediction a correct float computation may return (as a list), or
    (low, high) bounds when a near-tie is too large to enumerate."""
    chosen = neighbours[:k]
    if len(neighbours) <= k:
        return [weighted(chosen)]
    edge = chosen[-1].sim
    tied = [n for n in neighbours if math.isclose(n.sim, edge, rel_tol=1e-9)]
    if len({n.triple for n in tied}) == 1:
        return [weighted(chosen)]
    above = [n for n in chosen if n not in tied]
    m = k - len(above)
    if math.comb(len(tied), m) <= 3000:
        return [weighted(above + list(pick)) for pick in combinations(tied, m)]
    by_rating = sorted(tied, key=lambda n: n.rating)
    return weighted(above + by_rating[:m]), weighted(above + by_rating[-m:])


def _matches(got, accepted):
    if isinstance(accepted, tuple):
        low, high = accepted
        return low - 1e-9 * abs(low) <= got <= high + 1e-9 * abs(high)
    return any(math.isclose(got, value, rel_tol=1e-9, abs_tol=1e-12) for value in accepted)


def _float(value):
    return f"{value:.10g}"


def explain(ratings, user, track, k, mean, neighbours):
    """Why the expected prediction is what it is, in words."""
    if user not in {who for who, _, _ in ratings}:
        return f"{user!r} has no ratings, so the answer is the global mean {_float(mean)}"
    if track not in {what for _, what, _ in ratings}:
        return f"nobody rated {track!r}, so the answer is the global mean {_float(mean)}"
    if k == 0:
        return f"k = 0 leaves no neighbours, so the answer is the global mean {_float(mean)}"
    if not neighbours:
        return (f"no other rater of {track!r} shares a rated track with {user!r} (every"
                f" similarity is 0), so the answer is the global mean {_float(mean)}")
    shown = ", ".join(f"{n.id!r} (sim {_float(n.sim)}, rated {n.rating:g})"
                      for n in neighbours[:min(k, 6)])
    more = f" and {min(k, len(neighbours)) - 6} more" if min(k, len(neighbours)) > 6 else ""
    left = len(neighbours) - min(k, len(neighbours))
    cut = f"; {left} more positive neighbour(s) fall outside the top k = {k}" if left else ""
    return (f"the neighbours of {user!r} among the raters of {track!r} (cosine over co-rated"
            f" tracks > 0, most similar first, ties by id) are {shown}{more}{cut}; the"
            f" prediction is sum(sim * rating) / sum(sim) = {_float(weighted(neighbours[:k]))}")


def _variant(ratings, user, track, k, *, self_too=False, all_norms=False, by_k=False,
             fallback="global", pearson=False, ties_desc=False):
    """A float model of the spec with one common mistake switched on."""
    by_user = {}
    for who, what, stars in ratings:
        by_user.setdefault(who, {})[what] = stars
    mean = sum(stars for _, _, stars in ratings) / len(ratings)
    mine = by_user.get(user, {})
    fall = (sum(mine.values()) / len(mine) if fallback == "user" and mine else mean)
    pool = []
    for other, theirs in by_user.items():
        if (other == user and not self_too) or track not in theirs:
            continue
        common = [t for t in theirs if t in mine]
        if not common:
            continue
        if pearson:
            mu_a = sum(mine.values()) / len(mine)
            mu_b = sum(theirs.values()) / len(theirs)
            xs, ys = [mine[t] - mu_a for t in common], [theirs[t] - mu_b for t in common]
        else:
            xs, ys = [mine[t] for t in common], [theirs[t] for t in common]
        dot = sum(x * y for x, y in zip(xs, ys, strict=True))
        if all_norms:
            na, nb = sum(x * x for x in mine.values()), sum(y * y for y in theirs.values())
        else:
            na, nb = sum(x * x for x in xs), sum(y * y for y in ys)
        if na > 0 and nb > 0 and dot / math.sqrt(na * nb) > 0:
            pool.append((dot / math.sqrt(na * nb), other, theirs[track]))
    if ties_desc:
        pool.sort(key=lambda x: (x[0], x[1]), reverse=True)
    else:
        pool.sort(key=lambda x: (-x[0], x[1]))
    best = pool[:k]
    if not best:
        return fall
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


def check_prediction(solution, reference, ratings, user, track, k=40):
    """The submission's prediction must be the spec's (up to near-ties); returns it."""
    expected = call_reference(reference, ratings, user, track, k)
    got = returned(solution, ratings, user, track, k)
    call = solution.last_call
    if first_difference(got, expected) is None:
        return got
    got = float(got)
    mean, neighbours = spec_model(ratings, user, track)
    if k > 0 and neighbours and _matches(got, accepted_values(neighbours, k)):
        return got
    reason = (f"the prediction is {got!r}, expected {expected!r}: "
              + explain(ratings, user, track, k, mean, neighbours))
    if neighbours and k > 0 and math.isclose(got, mean, rel_tol=1e-9, abs_tol=1e-12):
        reason += f" (you returned the global mean {_float(mean)}: the fallback is only for"\
                  " an unknown user or track, k = 0, or no positive neighbour)"
    else:
        for mistake, switches in MISTAKES:
            alternative = _variant(ratings, user, track, k, **switches)
            if (math.isclose(got, alternative, rel_tol=1e-9, abs_tol=1e-12)
                    and not math.isclose(alternative, expected, rel_tol=1e-9, abs_tol=1e-12)):
                reason += f" (that is what you get if you {mistake})"
                break
    raise WrongAnswer(reason, call=call, expected=expected, actual=got)

