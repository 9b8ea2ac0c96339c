"""Cross-check of the cold_start_recommend reference against a naive model of
the statement (the catalog's oracle: "a naive model written from the spec").

The model reads the spec literally: it lists the three tiers in full, each
fully sorted by (-score, id), walks them in order and keeps a track unless it
is heard or already kept, until n tracks. It shares no code with the
reference (which uses bounded heaps filled lazily). Inputs are random,
seeded and small: few ids, so heard, CF and popular tracks overlap, scores
and play counts tie, users are missing from some dicts, tracks from
track_genre; plus a few larger catalogs.
"""

from __future__ import annotations

import copy
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.oracles import reference as load_reference

cold_start_recommend = load_reference("cold_start_recommend")


def naive_model(user, history, cf_scores, signup_genres, track_genre, popularity, n,
                min_history=5):
    if n < 0 or min_history < 0:
        raise ValueError("negative n or min_history")
    plays = history[user] if user in history else []
    distinct = set(plays)
    scores = cf_scores[user] if user in cf_scores else {}
    positive = {track: s for track, s in scores.items() if s > 0}
    tiers = []
    if len(distinct) >= min_history and len(positive) > 0:
        tiers.append(sorted(positive, key=lambda t: (-positive[t], t)))
    chosen_genres = signup_genres[user] if user in signup_genres else []
    genre_tracks = [t for t in popularity if t in track_genre and track_genre[t] in chosen_genres]
    tiers.append(sorted(genre_tracks, key=lambda t: (-popularity[t], t)))
    tiers.append(sorted(popularity, key=lambda t: (-popularity[t], t)))
    row = []
    for tier in tiers:
        for track in tier:
            if len(row) < n and track not in distinct and track not in row:
                row.append(track)
    return row


def check(args, kwargs):
    before = copy.deepcopy((args, kwargs))
    got = cold_start_recommend(*args, **kwargs)
    assert (args, kwargs) == before, "the reference modified its input"
    assert type(got) is list and all(type(t) is str for t in got)
    assert got == naive_model(*args, **kwargs)


TRACKS = ["a", "b", "c", "d", "e", "f", "t10", "t9", "B", ""]
USERS = ["u", "v", ""]
GENRES = ["jazz", "rock", "Jazz", ""]


@st.composite
def worlds(draw):
    track, user, genre = st.sampled_from(TRACKS), st.sampled_from(USERS), st.sampled_from(GENRES)
    scores = st.sampled_from([1.0, 0.5, 0.5, 2.0, 0.0, -0.0, -1.0, 0.25, 3])
    history = draw(st.dictionaries(user, st.lists(track, max_size=9), max_size=3))
    cf_scores = draw(st.dictionaries(user, st.dictionaries(track, scores, max_size=7),
                                     max_size=3))
    signup = draw(st.dictionaries(user, st.lists(genre, max_size=3), max_size=3))
    track_genre = draw(st.dictionaries(track, genre, max_size=9))
    popularity = draw(st.dictionaries(track, st.sampled_from([0, 0, 1, 2, 2, 5, 10]),
                                      max_size=10))
    who = draw(st.one_of(user, st.just("nobody")))
    n = draw(st.integers(0, 13))
    min_history = draw(st.integers(0, 7))
    return (who, history, cf_scores, signup, track_genre, popularity, n), {
        "min_history": min_history}


@settings(max_examples=500, derandomize=True, database=None, deadline=None)
@given(world=worlds())
def test_agrees_with_naive_model(world) -> None:
    check(*world)


def large_world(seed: int):
    rng = random.Random(seed)
    tracks = [f"t{i}" for i in range(rng.randint(50, 600))]
    popularity = {t: rng.choice([0, 1, 2, 3, 5, 8, rng.randrange(100)])
                  for t in rng.sample(tracks, rng.randint(1, len(tracks)))}
    track_genre = {t: rng.choice(["g1", "g2", "g3", "g4"]) for t in tracks if rng.random() < 0.8}
    users = [f"u{i}" for i in range(5)]
    history = {u: rng.choices(tracks, k=rng.randint(0, 30)) for u in users if rng.random() < 0.8}
    cf_scores = {u: {t: rng.choice([-1.0, 0.0, 0.1, 0.5, 0.5, 0.9]) for t in
                     rng.sample(tracks, rng.randint(0, 40))} for u in users if rng.random() < 0.8}
    signup = {u: rng.sample(["g1", "g2", "g3", "g5"], rng.randint(0, 2)) for u in users
              if rng.random() < 0.8}
    user = rng.choice([*users, "nobody"])
    return (user, history, cf_scores, signup, track_genre, popularity, rng.randint(0, 120)), {
        "min_history": rng.randint(0, 25)}


@pytest.mark.parametrize("seed", range(60))
def test_agrees_on_larger_catalogs(seed: int) -> None:
    check(*large_world(seed))


@pytest.mark.parametrize(("n", "min_history"), [(-1, 5), (3, -1), (-2, -2)])
def test_both_reject_negative_arguments(n: int, min_history: int) -> None:
    args = ("u", {}, {}, {}, {}, {"a": 1}, n)
    with pytest.raises(ValueError):
        cold_start_recommend(*args, min_history=min_history)
    with pytest.raises(ValueError):
        naive_model(*args, min_history=min_history)


def test_cases_are_not_trivial() -> None:
    """The larger catalogs use all three tiers, and rows shorter than n occur."""
    rows = [(cold_start_recommend(*args, **kw), args, kw)
            for args, kw in map(large_world, range(60))]
    assert sum(bool(row) for row, _, _ in rows) > 40
    assert any(len(row) < args[6] for row, args, _ in rows)
    cf_used = 0
    for row, args, kw in rows:
        user, history, cf_scores = args[0], args[1], args[2]
        positive = {t for t, s in cf_scores.get(user, {}).items() if s > 0}
        if len(set(history.get(user, []))) >= kw["min_history"] and row and row[0] in positive:
            cf_used += 1
    assert cf_used > 5
