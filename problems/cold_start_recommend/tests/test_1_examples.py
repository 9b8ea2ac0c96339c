"""Hand-picked edge cases (the statement's examples are collected by the judge), each
judged by ``check_row`` (tests/checks.py), which names the broken rule."""

import random

from checks import check_row
from judge.testing import Call, cases, raising

# A small world: "u" played 5 distinct tracks (7 plays); "v" played 2.
HISTORY = {"u": ["h1", "h2", "h3", "h4", "h5", "h1", "h2"], "v": ["h1", "h1", "h2"]}
CF = {"u": {"c1": 0.9, "c2": 0.5, "h1": 2.0, "c3": 0.0, "c4": -0.5, "p1": 0.7},
      "v": {"c1": 0.4, "c2": -1.0}}
SIGNUP = {"u": ["jazz"], "v": ["folk", "jazz"], "w": ["polka"]}
GENRE = {"h1": "jazz", "h2": "rock", "c1": "jazz", "c2": "rock", "p1": "jazz", "p2": "jazz",
         "p3": "rock", "p4": "folk", "c3": "jazz"}
POPULARITY = {"h1": 100, "h2": 90, "p1": 80, "p2": 70, "p3": 60, "p4": 50, "c1": 40,
              "c3": 30, "nogenre": 65, "zero": 0}
WORLD = (HISTORY, CF, SIGNUP, GENRE, POPULARITY)


def world(user, n, min_history=5, **changes):
    """Arguments over WORLD for user, with some of the dicts replaced."""
    names = ("history", "cf_scores", "signup_genres", "track_genre", "popularity")
    dicts = [changes.get(name, value) for name, value in zip(names, WORLD, strict=True)]
    return Call(user, *dicts, n, min_history=min_history)


test_invalid_arguments_raise = raising("A negative n or a negative min_history raises"
                                       " ValueError.", {
    "n = -1": world("u", -1),
    "n = -10**9": world("w", -10**9),
    "min_history = -1": world("u", 3, min_history=-1),
    "n = -2 and min_history = -3": world("u", -2, min_history=-3),
    "n = -1 for an unknown user": world("nobody", -1),
    "n = -1 with nothing to recommend": Call("u", {}, {}, {}, {}, {}, -1),
    "min_history = -1 for an unknown user": world("nobody", 2, min_history=-1),
})

test_empty_rows = cases(
    "n = 0, nothing to recommend, or every candidate heard: the row is [].", {
    "n-zero": world("u", 0),
    "n-zero-unknown-user": world("nobody", 0),
    "nothing-at-all": ("u", {}, {}, {}, {}, {}, 5),
    "everything-heard": Call("u", {"u": ["a", "b"]}, {"u": {"a": 1.0}}, {"u": ["x"]},
                             {"a": "x"}, {"a": 3, "b": 1}, 5, min_history=1),
}, check=check_row)

test_cf_tier_needs_distinct_history = cases(
    "The CF tier runs only with >= min_history DISTINCT heard tracks (plays may repeat).", {
    "five-distinct": world("u", 6),
    "five-distinct-min-six": world("u", 6, min_history=6),
    "plays-not-distinct": world("v", 6, min_history=3),
    "min-history-zero-new-user": world("nobody", 4, min_history=0,
                                       cf_scores={"nobody": {"p4": 0.1, "c2": 0.2}}),
    "exactly-min-history": world("v", 6, min_history=2),
}, check=check_row)

test_cf_tier_takes_positive_scores = cases(
    "Only CF scores > 0 are candidates, highest first, equal scores by id.", {
    "zero-and-negative-skipped": world("u", 3),
    "only-nonpositive-scores": world("u", 6, cf_scores={"u": {"c3": 0.0, "c4": -0.5,
                                                             "p3": -0.1}}),
    "negative-zero": world("u", 4, cf_scores={"u": {"c4": -0.0, "c1": 0.3}}),
    "cf-track-outside-catalog": world("u", 3, cf_scores={"u": {"new-release": 0.2,
                                                                "c1": 0.2}}),
    "cf-ties-by-id": world("u", 4, cf_scores={"u": {"z": 0.5, "b": 0.5, "t9": 0.5,
                                                     "t10": 0.5}}),
}, check=check_row)

test_genre_tier = cases("After CF: popular tracks of the signup genres, before the global"
                        " chart; a track missing from track_genre belongs to no genre.", {
    "genre-before-global": world("w", 5, signup_genres={"w": ["jazz"]}),
    "two-genres": world("v", 5, min_history=9),
    "unknown-genre": world("w", 4),
    "genre-tier-after-cf": world("u", 7),
    "no-signup": world("nobody", 4),
    "genre-names-exact": world("w", 3, signup_genres={"w": ["Jazz", "jazz "]}),
    "no-genre-track": world("w", 8, signup_genres={"w": ["jazz"]}),
    "no-genre-track-high-popularity": world("nobody", 4, signup_genres={"nobody": ["rock"]},
                                            popularity={"nogenre": 1000, "p3": 1, "p1": 5}),
    "empty-string-genre": world("w", 3, signup_genres={"w": [""]},
                                track_genre={"p4": "", "p1": "jazz"}),
}, check=check_row)

test_back_fill_without_repeats = cases("Tiers back-fill in order up to n; a track placed by an"
                                       " earlier tier, or heard by the user, is skipped.", {
    "all-tiers-no-repeat": world("u", 20),
    "cf-track-again-in-genre": world("u", 5, cf_scores={"u": {"p1": 0.1, "p2": 0.2}}),
    "genre-track-again-in-global": world("v", 4, min_history=9),
    "heard-popular": world("v", 3, min_history=9),
    "heard-in-cf": world("u", 2),
    "heard-in-genre": world("u", 9),
}, check=check_row)

test_popularity_order = cases(
    "By play count, highest first, equal counts by id; a count of 0 is still a candidate.", {
    "zero-plays-last": world("nobody", 20),
    "only-zero-plays": ("x", {}, {}, {}, {}, {"b": 0, "a": 0, "c": 0}, 2),
    "popularity-ties-by-id": ("x", {}, {}, {"x": ["g"]}, {"t9": "g", "t10": "g"},
                              {"t9": 5, "t10": 5, "B": 5, "a": 5}, 3),
    "huge-n": world("u", 10**9),
}, check=check_row)


def test_medium_catalog(solution, reference):
    """20,000 tracks, a 300-play history, 500 CF scores, all three tiers."""
    rng = random.Random(11)
    tracks = [f"t{i:05d}" for i in range(20000)]
    popularity = {t: rng.choice([0, 1, 2, 3, 5, 8, 13, 100, rng.randrange(1000)]) for t in tracks}
    track_genre = {t: rng.choice(["rock", "pop", "jazz", "folk"]) for t in tracks
                   if rng.random() < 0.9}
    for t in rng.sample(tracks, 15):
        track_genre[t] = "polka"
    history = {"me": rng.choices(tracks, k=300)}
    cf = {t: rng.choice([-1.0, -0.5, 0.0, 0.25, 0.5]) for t in rng.sample(tracks, 500)}
    cf_scores = {"me": {t: s if s <= 0 or rng.random() < 0.05 else -s for t, s in cf.items()}}
    with solution.time_limit(60):
        for n in (50, 200):
            check_row(solution, reference, "me", history, cf_scores, {"me": ["polka"]},
                      track_genre, popularity, n)
