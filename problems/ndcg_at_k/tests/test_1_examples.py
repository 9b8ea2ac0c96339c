"""The statement's examples and hand-picked edge cases."""

import math
import random

import pytest

from checks import check_ndcg
from judge.testing import Call, raising
from speed import generate

CASES = {
    "ideal-includes-unreturned": (["a"], {"a": 1, "b": 1}, 2),
    "ideal-includes-unreturned-better": (["a", "b"], {"a": 1, "b": 1, "c": 3}, 2),
    "nothing-returned": ([], {"a": 2}, 3),
    "nothing-judged": (["a", "b"], {}, 2),
    "all-grades-zero": (["a", "b"], {"a": 0, "b": 0.0, "c": 0}, 2),
    "unjudged-tracks-score-zero": (["x", "a", "y"], {"a": 2}, 3),
    "first-slot-divides-by-one": (["a"], {"a": 2}, 1),
    "second-slot-only": (["x", "a"], {"a": 1}, 2),
    "third-slot-only": (["x", "y", "a"], {"a": 1}, 3),
    "fourth-slot-only": (["w", "x", "y", "a"], {"a": 1, "b": 1}, 4),
    "hit-after-k": (["x", "a"], {"a": 1}, 1),
    "ideal-cut-at-k": (["a", "b"], {"a": 1, "b": 1, "c": 1, "d": 1}, 2),
    "ideal-cut-at-k-graded": (["c", "a"], {"a": 3, "b": 2, "c": 1, "d": 1}, 2),
    "k-beyond-everything": (["b", "a"], {"a": 2, "b": 1, "c": 1}, 50),
    "ranking-shorter-than-k": (["b"], {"a": 2, "b": 1}, 5),
    "reversed-order": (["c", "b", "a"], {"a": 3, "b": 2, "c": 1}, 3),
    "perfect-order": (["a", "b", "c"], {"a": 3, "b": 2, "c": 1}, 3),
    "ties-in-grades": (["b", "a", "c"], {"a": 2, "b": 2, "c": 1}, 2),
    "fractional-grades": (["b", "a"], {"a": 0.5, "b": 1.5, "c": 2.5}, 2),
    "negative-zero-grade": (["a", "b"], {"a": -0.0, "b": 1}, 2),
    "empty-id": (["", "a"], {"": 1, "a": 2}, 2),
}


@pytest.mark.parametrize("gain", ["linear", "exponential"])
@pytest.mark.parametrize("case", list(CASES))
def test_edge_case(solution, reference, case, gain):
    """Edge cases: unreturned judged tracks in the ideal, IDCG = 0, the cut at k, both gains."""
    check_ndcg(solution, reference, *CASES[case], gain=gain)


test_invalid_arguments_raise = raising(
    "Repeats in ranked, an unknown gain, k < 1, or a negative/nan/inf grade raise ValueError.", {
    "k = 0": (["a"], {"a": 1}, 0),
    "k = -1": (["a"], {"a": 1}, -1),
    "k = 0 with nothing judged": ([], {}, 0),
    "a repeat in the first k slots": (["a", "a"], {"a": 1}, 2),
    "a repeat after the first k slots": (["a", "b", "c", "b"], {"a": 1}, 2),
    "a repeated unjudged track": (["x", "a", "x"], {"a": 1}, 5),
    **{f"gain={g!r}": Call(["a"], {"a": 1}, 1, gain=g)
       for g in ("Linear", "exp", "", "log", "EXPONENTIAL", "linear ")},
    "a negative grade": (["a", "b"], {"a": 1, "b": -1}, 2),
    "a negative grade after the first k slots": (["a", "b"], {"a": 1, "b": -2.0}, 1),
    "a negative grade of a track not returned": (["a"], {"a": 1, "z": -0.5}, 1),
    "a grade of nan": (["a"], {"a": math.nan}, 1),
    "a grade of nan of a track not returned": (["b"], {"a": math.nan, "b": 1}, 2),
    "a grade of inf": (["a"], {"a": math.inf}, 1),
    "a grade of -inf": (["a"], {"b": -math.inf}, 1),
})


def test_long_ranking(solution, reference):
    """A ranking of 4,000 tracks against 4,000 judgments, at several k."""
    ranked, relevance, _ = generate(4000, random.Random(3))
    with solution.time_limit(60):
        for k in (10, 2000, 5000):
            for gain in ("linear", "exponential"):
                check_ndcg(solution, reference, ranked, relevance, k, gain)
