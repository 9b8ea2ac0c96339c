"""The statement's examples and hand-picked edge cases."""

import pytest

from judge.testing import cases, expect_raises


@pytest.mark.parametrize(
    ("plays", "k"),
    [([], -1), (["a", "b", "a"], -1), (["a"], -7)],
    ids=["empty-plays", "some-plays", "more-negative"],
)
def test_negative_k_raises(solution, plays, k):
    """A negative k raises ValueError, even when plays is empty."""
    expect_raises(solution, ValueError, plays, k, reason=f"a negative k ({k})")


test_edge_case = cases(
    "Edge cases: k = 0, k past the distinct count, empty input, ties at the k-th place.", {
    "k-zero": (["a", "b", "c"], 0),
    "empty-k-zero": ([], 0),
    "empty-plays": ([], 3),
    "single": (["a"], 1),
    "k-one": (["b", "a", "b"], 1),
    "k-beyond-distinct": (["b", "a", "b"], 10),
    "all-tie-k-equals-distinct": (["c", "b", "a"], 3),
    "tie-at-boundary-reversed": (["z", "y", "x", "w"], 2),
    "tie-at-boundary-mixed": (["d", "c", "c", "b", "a", "d"], 3),
    "t10-before-t9": (["t9", "t10", "t1", "t9"], 3),
    "uppercase-first": (["a", "B", "b", "A"], 4),
    "empty-id-wins-tie": (["x", "", "y"], 1),
    "empty-id-counted": (["", "x", "", "x", "x"], 2),
    "unicode-tie": (["é", "e", "e", "é", "f"], 2),
    "huge-k": (["b", "a", "b"], 10**9),
})
