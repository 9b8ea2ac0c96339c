"""The statement's examples and hand-picked edge cases."""

import random

from checks import check_pr
from judge.testing import cases, raising
from speed import generate

CASES = {
    "list-shorter-than-k": ({"u": ["a"]}, {"u": {"a", "b"}}, 3),
    "empty-list": ({"u": []}, {"u": {"a"}}, 2),
    "missing-from-recs": ({"u": ["a"]}, {"u": {"a"}, "v": {"b"}}, 1),
    "only-missing-from-recs": ({}, {"v": {"b", "c"}}, 4),
    "repeat-in-top-k": ({"u": ["a", "a", "a"]}, {"u": {"a", "b"}}, 3),
    "repeat-pushes-hit-out": ({"u": ["a", "a", "b"]}, {"u": {"a", "b"}}, 2),
    "repeat-of-a-miss": ({"u": ["x", "x", "a", "b"]}, {"u": {"a", "b"}}, 3),
    "hit-after-k": ({"u": ["x", "y", "a"]}, {"u": {"a"}}, 2),
    "empty-set-left-out": ({"u": ["a"], "v": ["a"]}, {"u": {"a"}, "v": set()}, 1),
    "empty-set-without-list": ({"u": ["a"]}, {"v": set(), "u": {"a", "b"}}, 2),
    "only-in-recs-ignored": ({"u": ["a"], "w": ["b", "c"]}, {"u": {"a"}}, 1),
    "macro-not-micro": ({"u": ["a"], "v": ["b"]}, {"u": {"a"}, "v": {"b", "c", "d", "e"}}, 1),
    "macro-not-micro-precision": ({"u": ["a", "b"], "v": ["c"]}, {"u": {"a", "b"}, "v": {"c"}},
                                  2),
    "huge-k": ({"u": ["a", "b"], "v": ["c"]}, {"u": {"a"}, "v": {"c", "d"}}, 1000),
    "list-exactly-k": ({"u": ["a", "b", "c"]}, {"u": {"c", "d"}}, 3),
    "k-one": ({"u": ["b", "a"], "v": ["a", "b"]}, {"u": {"a"}, "v": {"a"}}, 1),
    "all-hits": ({"u": ["a", "b"]}, {"u": {"a", "b"}}, 2),
    "no-hits": ({"u": ["x", "y"]}, {"u": {"a", "b"}}, 2),
    "empty-ids": ({"": ["", "a"]}, {"": {""}}, 2),
    "recall-over-precision": ({"u": ["a", "x", "y", "z"]}, {"u": {"a"}}, 4),
}

test_edge_case = cases("Edge cases: short or missing lists, repeats, hits after k, who is left"
                       " out, macro mean.", CASES, check=check_pr)

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
    """3,000 listeners with up to 100 recommendations each."""
    recs, relevant, k = generate(3000, random.Random(7))
    with solution.time_limit(60):
        check_pr(solution, reference, recs, relevant, k)
        check_pr(solution, reference, recs, relevant, 10)
