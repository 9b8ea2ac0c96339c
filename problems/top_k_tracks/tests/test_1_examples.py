"""The statement's examples and hand-picked edge cases."""

import pytest

from judge.testing import agree, expect_raises, statement_examples


@pytest.mark.parametrize("example", statement_examples(__file__), ids=str)
def test_statement_example(solution, reference, example):
    """The examples in the statement."""
    agree(solution, reference, *example.args, returns=list[str])


@pytest.mark.parametrize(
    ("plays", "k"),
    [([], -1), (["a", "b", "a"], -1), (["a"], -7)],
    ids=["empty-plays", "some-plays", "more-negative"],
)
def test_negative_k_raises(solution, plays, k):
    """A negative k raises ValueError, even when plays is empty."""
    expect_raises(solution, ValueError, plays, k, reason=f"a negative k ({k})")


@pytest.mark.parametrize(
    ("plays", "k"),
    [
        (["a", "b", "c"], 0),
        ([], 0),
        ([], 3),
        (["a"], 1),
        (["b", "a", "b"], 1),
        (["b", "a", "b"], 10),
        (["c", "b", "a"], 3),
        (["z", "y", "x", "w"], 2),
        (["d", "c", "c", "b", "a", "d"], 3),
        (["t9", "t10", "t1", "t9"], 3),
        (["a", "B", "b", "A"], 4),
        (["x", "", "y"], 1),
        (["", "x", "", "x", "x"], 2),
        (["é", "e", "e", "é", "f"], 2),
        (["b", "a", "b"], 10**9),
    ],
    ids=["k-zero", "empty-k-zero", "empty-plays", "single", "k-one", "k-beyond-distinct",
         "all-tie-k-equals-distinct", "tie-at-boundary-reversed", "tie-at-boundary-mixed",
         "t10-before-t9", "uppercase-first", "empty-id-wins-tie", "empty-id-counted",
         "unicode-tie", "huge-k"],
)
def test_edge_case(solution, reference, plays, k):
    """Edge cases: k = 0, k past the distinct count, empty input, ties at the k-th place."""
    agree(solution, reference, plays, k, returns=list[str])
