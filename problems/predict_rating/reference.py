import heapq
import math


def predict_rating(ratings: list[tuple[str, str, float]], user: str, track: str,
                   k: int = 40) -> float:
    """User-based collaborative filtering with an index instead of a matrix.

    One pass over the ratings validates them and builds two dicts: every
    listener's {track: rating} and every track's list of raters; it also sums
    the ratings for the global mean. Only the raters of `track` can be
    neighbours, so only their similarities to `user` are computed: a cosine
    over the co-rated tracks, found by walking the smaller of the two
    listeners' dicts. The k most similar positive ones, ties by id, come from
    a heap of size k.

    O(N) for the pass over N ratings, plus O(sum over the raters v of `track`
    of min(|I_user|, |I_v|)) for the similarities and O(R log k) for the heap;
    never a listener x listener matrix.
    """
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    if not ratings:
        raise ValueError("no ratings: the global mean is undefined")
    by_user: dict[str, dict[str, float]] = {}
    raters: dict[str, list[str]] = {}
    total = 0.0
    for who, what, stars in ratings:
        if not 0.5 <= stars <= 5.0:  # also rejects NaN
            raise ValueError(f"rating {(who, what, stars)} is outside [0.5, 5.0]")
        row = by_user.setdefault(who, {})
        if what in row:
            raise ValueError(f"{who!r} rated {what!r} twice")
        row[what] = stars
        raters.setdefault(what, []).append(who)
        total += stars
    global_mean = total / len(ratings)

    mine = by_user.get(user)
    if mine is None or track not in raters:
        return global_mean
    neighbours = []
    for other in raters[track]:
        if other != user:
            sim = cosine(mine, by_user[other])
            if sim > 0.0:
                neighbours.append((sim, other))
    best = heapq.nsmallest(k, neighbours, key=lambda pair: (-pair[0], pair[1]))
    if not best:
        return global_mean
    weighted = sum(sim * by_user[other][track] for sim, other in best)
    return weighted / sum(sim for sim, _ in best)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two listeners' ratings over the tracks both rated (0.0 if none):
    the dot product and both norms run over the co-rated tracks only."""
    if len(a) > len(b):
        a, b = b, a
    dot = norm_a = norm_b = 0.0
    for t, x in a.items():
        y = b.get(t)
        if y is not None:
            dot += x * y
            norm_a += x * x
            norm_b += y * y
    return dot / math.sqrt(norm_a * norm_b) if dot else 0.0
