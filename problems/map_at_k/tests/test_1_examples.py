"""The statement's examples and hand-picked edge cases."""

import random

from checks import check_map
from judge.testing import cases, raising
from speed import generate

CASES = {
    "hit-in-first-slot": ({"u": ["a"]}, {"u": {"a"}}, 1),
    "hit-in-second-slot": ({"u": ["x", "a"]}, {"u": {"a"}}, 2),
    "divisor-is-set-size": ({"u": ["a", "x", "y"]}, {"u": {"a", "b"}}, 3),
    "divisor-is-k": ({"u": ["a", "b"]}, {"u": {"a", "b", "c", "d"}}, 2),
    "perfect-list-more-played-than-k": ({"u": ["b", "a", "c"]}, {"u": {"a", "b", "c", "d"}}, 3),
    "not-divided-by-hits": ({"u": ["a", "x", "y"]}, {"u": {"a", "b", "c"}}, 3),
    "repeat-is-not-a-hit": ({"u": ["a", "a"]}, {"u": {"a", "b"}}, 2),
    "repeat-still-takes-a-slot": ({"u": ["a", "a", "b"]}, {"u": {"a", "b"}}, 3),
    "repeat-of-a-miss": ({"u": ["x", "x", "a"]}, {"u": {"a"}}, 3),
    "repeat-pushes-hit-out": ({"u": ["a", "a", "b"]}, {"u": {"a", "b"}}, 2),
    "hit-after-k": ({"u": ["x", "y", "a"]}, {"u": {"a"}}, 2),
    "list-shorter-than-k": ({"u": ["x", "a"]}, {"u": {"a", "b"}}, 10),
    "divisor-ignores-list-length": ({"u": ["a"]}, {"u": {"a", "b", "c"}}, 5),
    "empty-list": ({"u": []}, {"u": {"a"}}, 3),
    "missing-from-recs": ({"u": ["a"]}, {"u": {"a"}, "v": {"b"}}, 2),
    "only-missing-from-recs": ({}, {"v": {"b", "c"}}, 4),
    "empty-set-left-out": ({"u": ["a"], "v": ["a"]}, {"u": {"a"}, "v": set()}, 1),
    "only-in-recs-ignored": ({"u": ["x", "a"], "w": ["b"]}, {"u": {"a"}}, 2),
    "mean-over-listeners": ({"u": ["a", "b"], "v": ["x", "b"]}, {"u": {"a", "b"}, "v": {"b"}}, 2),
    "early-hits-score-more": ({"u": ["a", "x", "x2", "x3"], "v": ["x", "x2", "x3", "a"]},
                              {"u": {"a"}, "v": {"a"}}, 4),
    "huge-k": ({"u": ["a", "x", "b"]}, {"u": {"a", "b", "c"}}, 1000),
    "empty-ids": ({"": ["", "a"]}, {"": {"a", ""}}, 2),
}

test_edge_case = cases("Edge cases: the divisor min(|set|, k), repeats, short or missing lists,"
                       " who is left out.", CASES, check=check_map)

INVALID = {
    "k = 0": ({"u": ["a"]}, {"u": {"a"}}, 0),
    "k = -1": ({"u": ["a"]}, {"u": {"a"}}, -1),
    "k = -5 with no listeners": ({}, {}, -5),
    "an empty relevant": ({"u": ["a"]}, {}, 3),
    "no recs and no relevant": ({}, {}, 1),
    "only empty relevant sets": ({"u": ["a"], "v": ["b"]}, {"u": set(), "v": set()}, 2),
    "an empty set and no recs": ({}, {"u": set()}, 1),
}

test_invalid_arguments_raise = raising(
    "k < 1, or no listener with a non-empty relevant set, raises ValueError.", INVALID)


def test_many_listeners(solution, reference):
    """3,000 listeners with up to 100 recommendations each, at k = 100 and k = 10."""
    recs, relevant, k = generate(3000, random.Random(11))
    with solution.time_limit(60):
        check_map(solution, reference, recs, relevant, k)
        check_map(solution, reference, recs, relevant, 10)
