"""Hand-picked edge cases, each checked by ``check_prediction`` (tests/checks.py)."""

import math
import random

from checks import check_prediction
from judge.testing import cases, raising

check_example = check_prediction  # checks the statement's examples too

NINE = [("ana", "t1", 5.0), ("ana", "t2", 3.0), ("bo", "t1", 4.0), ("bo", "t2", 2.0),
        ("bo", "t3", 4.0), ("cy", "t1", 1.0), ("cy", "t3", 2.0), ("dee", "t4", 5.0),
        ("dee", "t3", 5.0)]
# With norms over all ratings, q (4 more tracks) would look less similar than p.
NORMS = [("me", "a", 5.0), ("me", "b", 1.0), ("me", "c", 5.0), ("me", "d", 5.0),
         ("p", "a", 5.0), ("p", "b", 1.0), ("p", "x", 1.0), ("q", "a", 1.0), ("q", "c", 5.0),
         ("q", "e", 4.0), ("q", "f", 5.0), ("q", "x", 5.0)]
PEARSON = [("me", "a", 4.0), ("me", "b", 2.0), ("me", "c", 3.0), ("p", "a", 5.0),
           ("p", "b", 4.5), ("p", "c", 5.0), ("p", "x", 5.0), ("q", "a", 2.0), ("q", "b", 1.0),
           ("q", "x", 1.0)]
# Five raters with the same co-rated ratings as me (an exact tie), listed e, d, c, b, a.
CLONES = [("me", "a", 4.0), ("me", "b", 3.0)] + [
    row for n, name in enumerate("edcba") for row in
    [(name, "a", 4.0), (name, "b", 3.0), (name, "x", 1.0 + n)]]
IDS = [("x", "x", 4.0), ("x", "y", 2.0), ("y", "x", 3.0), ("y", "z", 5.0), ("z", "y", 1.0),
       ("z", "z", 4.5)]
STRING_ORDER = [("me", "s", 2.0)] + [
    row for name, stars in [("t9", 1.0), ("t10", 5.0), ("a", 2.0), ("B", 4.0)]
    for row in [(name, "s", 3.0), (name, "x", stars)]]


test_edge_case = cases(
    "Edge cases: the global mean fallback, the user never their own neighbour, cosine over"
    " co-rated tracks only, exact ties by id (str order), k beyond the neighbours, ids.", {
    # unknown user or track, no positive neighbour, or k = 0 give the global mean
    "unknown-user": (NINE, 'zed', 't1', 40),
    "unknown-track": (NINE, 'ana', 't9', 40),
    "both-unknown": (NINE, 'zed', 't9', 40),
    "k-zero": (NINE, 'ana', 't3', 0),
    "k-zero-user-rated-it": (NINE, 'bo', 't3', 0),
    "no-co-rated-rater": (NINE, 'ana', 't4', 40),
    "only-the-user-rated-it": (NINE, 'dee', 't4', 40),
    "no-overlap-k5": (NINE, 'bo', 't4', 5),
    # when the user rated the track too, they are still not a neighbour
    **{f"not-own-neighbour-{user}-{track}-k{k}": (NINE, user, track, k)
       for user, track in [("bo", "t1"), ("bo", "t3"), ("cy", "t1"), ("ana", "t1"), ("dee", "t3")]
       for k in (40, 1)},
    # the plain cosine (not Pearson), dot and norms over the co-rated tracks only;
    # raters sharing no track with the user (similarity 0) are no neighbours
    "norms-over-co-rated-only": (NORMS, "me", "x", 40),
    "norms-over-co-rated-only-k1": (NORMS, "me", "x", 1),
    "cosine-not-pearson": (PEARSON, "me", "x", 40),
    "no-shared-track": ([("me", "a", 4.0), ("p", "a", 3.0), ("p", "x", 2.0), ("q", "b", 5.0),
                         ("q", "x", 5.0), ("r", "x", 5.0)], "me", "x", 40),
    "no-rater-shares-a-track": ([("me", "a", 4.0), ("q", "b", 5.0), ("q", "x", 5.0),
                                 ("r", "x", 1.0)], "me", "x", 40),
    # equal similarities keep the smaller id, in plain str order ('t10' < 't9', 'B' < 'a')
    **{f"exact-ties-k{k}": (CLONES, "me", "x", k) for k in (1, 2, 3, 4)},
    **{f"ties-in-string-order-k{k}": (STRING_ORDER, "me", "x", k) for k in (1, 2, 3)},
    # with fewer than k neighbours, all of them take part
    **{f"k-beyond-the-neighbours-{user}-{track}-k{k}": (NINE, user, track, k)
       for k in (3, 1000, 10**9) for user, track in [("ana", "t3"), ("bo", "t1")]},
    # a track id may equal a listener id; int ratings work like floats; 0.5 and 5.0 are valid
    "ids-separate-x-z": (IDS, "x", "z", 40),
    "ids-separate-y-y": (IDS, "y", "y", 40),
    "integer-ratings": ([("me", "a", 4), ("me", "b", 2), ("p", "a", 5), ("p", "b", 1),
                         ("p", "x", 3), ("q", "a", 3), ("q", "x", 5)], "me", "x", 40),
    "boundary-ratings": ([("me", "a", 0.5), ("me", "b", 5.0), ("p", "a", 5.0), ("p", "b", 0.5),
                          ("p", "x", 0.5), ("q", "a", 0.5), ("q", "b", 5.0), ("q", "x", 5.0)],
                         "me", "x", 40),
}, check=check_prediction)


def test_medium_random_ratings(solution, reference):
    """6,000 ratings over 300 listeners and 150 tracks."""
    rng = random.Random(11)
    pairs = set()
    while len(pairs) < 6000:
        pairs.add((f"u{rng.randrange(300)}", f"t{int(150 * rng.random() ** 2)}"))
    ratings = [(u, t, rng.choice([1.0, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0]))
               for u, t in sorted(pairs)]
    rng.shuffle(ratings)
    with solution.time_limit(60):
        for user, track, k in [("u1", "t0", 40), ("u2", "t3", 10), ("u4", "t140", 40)]:
            check_prediction(solution, reference, ratings, user, track, k)


VALID = [("me", "a", 4.0), ("p", "a", 3.0), ("p", "x", 2.0)]
test_invalid_arguments_raise = raising(
    "Empty ratings, a rating outside [0.5, 5], a repeated pair or a negative k raise.", {
    "empty ratings": ([], "me", "x", 40),
    "empty ratings and k = 0": ([], "me", "x", 0),
    "a negative k": (VALID, "me", "x", -1),
    "a rating of 0.0": ([*VALID, ("q", "x", 0.0)], "me", "x", 40),
    "a rating of 0.49": ([("q", "x", 0.49), *VALID], "me", "x", 40),
    "a rating of 5.5": ([*VALID, ("q", "b", 5.5)], "me", "x", 40),
    "a negative rating": ([*VALID, ("q", "b", -3.0)], "me", "x", 40),
    "a rating of nan": ([*VALID, ("q", "b", math.nan)], "me", "x", 40),
    "a rating of inf": ([*VALID, ("q", "b", math.inf)], "me", "x", 40),
    "a rating of 0.0 and k = 0": ([*VALID, ("q", "x", 0.0)], "me", "x", 0),
    "a duplicate with the same value": ([*VALID, ("p", "a", 3.0)], "me", "x", 40),
    "a duplicate with another value": ([*VALID, ("p", "x", 5.0)], "me", "x", 40),
    "a duplicate of the user's rating": ([("me", "a", 1.0), *VALID], "me", "x", 40),
    "a duplicate far from user and track": ([*VALID, ("q", "z", 1.0), ("q", "z", 2.0)], "me",
                                            "x", 40),
    "a duplicate and an unknown user": ([*VALID, ("q", "z", 1.0), ("q", "z", 1.0)], "zed",
                                        "x", 40),
    "a duplicate and an unknown track": ([*VALID, ("q", "z", 1.0), ("q", "z", 2.0)], "me",
                                         "nope", 40),
    "a duplicate and k = 0": ([*VALID, ("p", "a", 3.0)], "me", "x", 0),
})
