"""The statement's examples and hand-picked edge cases.

Predictions are compared with the spec's within rel 1e-9 (abs 1e-12); a
near-tie at the k-th place (not an exact one) may go either way.
"""

import math
import random

import pytest

from checks import check_prediction
from judge.testing import cases, raising

NINE = [("ana", "t1", 5.0), ("ana", "t2", 3.0), ("bo", "t1", 4.0), ("bo", "t2", 2.0),
        ("bo", "t3", 4.0), ("cy", "t1", 1.0), ("cy", "t3", 2.0), ("dee", "t4", 5.0),
        ("dee", "t3", 5.0)]


check_example = check_prediction  # checks the statement's examples too


test_global_mean_fallback = cases(
    "Unknown user or track, no positive neighbour, or k = 0 give the global mean.", {
    "unknown-user": (NINE, 'zed', 't1', 40),
    "unknown-track": (NINE, 'ana', 't9', 40),
    "both-unknown": (NINE, 'zed', 't9', 40),
    "k-zero": (NINE, 'ana', 't3', 0),
    "k-zero-user-rated-it": (NINE, 'bo', 't3', 0),
    "no-co-rated-rater": (NINE, 'ana', 't4', 40),
    "only-the-user-rated-it": (NINE, 'dee', 't4', 40),
    "no-overlap-k5": (NINE, 'bo', 't4', 5),
}, check=check_prediction)


@pytest.mark.parametrize(("user", "track"), [("bo", "t1"), ("bo", "t3"), ("cy", "t1"),
                                             ("ana", "t1"), ("dee", "t3")])
def test_user_is_never_their_own_neighbour(solution, reference, user, track):
    """When the user rated the track too, they are still not a neighbour."""
    check_prediction(solution, reference, NINE, user, track)
    check_prediction(solution, reference, NINE, user, track, 1)


def test_norms_over_co_rated_tracks_only(solution, reference):
    """Both norms of the cosine run over the co-rated tracks only, like the dot product."""
    ratings = [("me", "a", 5.0), ("me", "b", 1.0), ("me", "c", 5.0), ("me", "d", 5.0),
               ("p", "a", 5.0), ("p", "b", 1.0), ("p", "x", 1.0),
               ("q", "a", 1.0), ("q", "c", 5.0), ("q", "e", 4.0), ("q", "f", 5.0),
               ("q", "x", 5.0)]
    check_prediction(solution, reference, ratings, "me", "x")
    check_prediction(solution, reference, ratings, "me", "x", 1)


def test_cosine_not_pearson(solution, reference):
    """The similarity is the plain cosine of the ratings, not mean-centred (Pearson)."""
    ratings = [("me", "a", 4.0), ("me", "b", 2.0), ("me", "c", 3.0),
               ("p", "a", 5.0), ("p", "b", 4.5), ("p", "c", 5.0), ("p", "x", 5.0),
               ("q", "a", 2.0), ("q", "b", 1.0), ("q", "x", 1.0)]
    check_prediction(solution, reference, ratings, "me", "x")


@pytest.mark.parametrize("k", [1, 2, 3, 4])
def test_exact_ties_by_id(solution, reference, k):
    """Neighbours with equal similarity (same co-rated ratings) are kept by ascending id."""
    ratings = [("me", "a", 4.0), ("me", "b", 3.0)]
    for n, name in enumerate(["e", "d", "c", "b", "a"]):
        ratings += [(name, "a", 4.0), (name, "b", 3.0), (name, "x", 1.0 + n)]
    check_prediction(solution, reference, ratings, "me", "x", k)


def test_ties_in_string_order(solution, reference):
    """Ties go by plain string order: 't10' before 't9', 'B' before 'a'."""
    ratings = [("me", "s", 2.0)]
    for name, stars in [("t9", 1.0), ("t10", 5.0), ("a", 2.0), ("B", 4.0)]:
        ratings += [(name, "s", 3.0), (name, "x", stars)]
    for k in (1, 2, 3):
        check_prediction(solution, reference, ratings, "me", "x", k)


def test_only_positive_similarities(solution, reference):
    """Raters who share no track with the user (similarity 0) are not neighbours."""
    ratings = [("me", "a", 4.0), ("p", "a", 3.0), ("p", "x", 2.0), ("q", "b", 5.0),
               ("q", "x", 5.0), ("r", "x", 5.0)]
    check_prediction(solution, reference, ratings, "me", "x")
    check_prediction(solution, reference, [("me", "a", 4.0), ("q", "b", 5.0), ("q", "x", 5.0),
                                           ("r", "x", 1.0)], "me", "x")


@pytest.mark.parametrize("k", [3, 1000, 10**9])
def test_k_beyond_the_neighbours(solution, reference, k):
    """With fewer than k neighbours, all of them take part."""
    check_prediction(solution, reference, NINE, "ana", "t3", k)
    check_prediction(solution, reference, NINE, "bo", "t1", k)


def test_listener_and_track_ids_are_separate(solution, reference):
    """A track id equal to some listener's id is just a track."""
    ratings = [("x", "x", 4.0), ("x", "y", 2.0), ("y", "x", 3.0), ("y", "z", 5.0),
               ("z", "y", 1.0), ("z", "z", 4.5)]
    check_prediction(solution, reference, ratings, "x", "z")
    check_prediction(solution, reference, ratings, "y", "y")


def test_integer_ratings(solution, reference):
    """Ratings given as ints work like floats."""
    ratings = [("me", "a", 4), ("me", "b", 2), ("p", "a", 5), ("p", "b", 1), ("p", "x", 3),
               ("q", "a", 3), ("q", "x", 5)]
    check_prediction(solution, reference, ratings, "me", "x")


def test_boundary_ratings_are_valid(solution, reference):
    """0.5 and 5.0 are valid ratings."""
    ratings = [("me", "a", 0.5), ("me", "b", 5.0), ("p", "a", 5.0), ("p", "b", 0.5),
               ("p", "x", 0.5), ("q", "a", 0.5), ("q", "b", 5.0), ("q", "x", 5.0)]
    check_prediction(solution, reference, ratings, "me", "x")


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
INVALID = {
    "empty ratings": ([], "me", "x", 40),
    "empty ratings and k = 0": ([], "me", "x", 0),
    "a negative k": (VALID, "me", "x", -1),
    "a rating of 0.0": ([*VALID, ("q", "x", 0.0)], "me", "x", 40),
    "a rating of 0.49": ([("q", "x", 0.49), *VALID], "me", "x", 40),
    "a rating of 5.5": ([*VALID, ("q", "b", 5.5)], "me", "x", 40),
    "a negative rating": ([*VALID, ("q", "b", -3.0)], "me", "x", 40),
    "a rating of nan": ([*VALID, ("q", "b", math.nan)], "me", "x", 40),
    "a duplicate with the same value": ([*VALID, ("p", "a", 3.0)], "me", "x", 40),
    "a duplicate with another value": ([*VALID, ("p", "x", 5.0)], "me", "x", 40),
    "a duplicate of the user's rating": ([("me", "a", 1.0), *VALID], "me", "x", 40),
    "a duplicate far from user and track": ([*VALID, ("q", "z", 1.0), ("q", "z", 2.0)], "me",
                                            "x", 40),
    "a duplicate and an unknown user": ([*VALID, ("q", "z", 1.0), ("q", "z", 1.0)], "zed",
                                        "x", 40),
}


test_invalid_arguments_raise = raising(
    "Empty ratings, a rating outside [0.5, 5], a repeated pair or a negative k raise.", INVALID)
