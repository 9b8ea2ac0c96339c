"""The statement's examples and hand-picked edge cases."""

import pytest

from judge.testing import agree, expect_raises, statement_examples


@pytest.mark.parametrize("example", statement_examples(__file__), ids=str)
def test_statement_example(solution, reference, example):
    """The examples in the statement."""
    agree(solution, reference, *example.args, returns=str)


def test_empty_raises(solution):
    """An empty list raises ValueError."""
    expect_raises(solution, ValueError, [], reason="an empty list")


@pytest.mark.parametrize(
    "plays",
    [
        ["", "x", ""],
        ["x", "", "", "x"],
        ["b", "a"],
        ["z", "y", "y", "z", "x", "x"],
        ["a", "b", "b", "a", "a"],
        ["é", "e", "e", "é"],
    ],
    ids=["empty-id", "tie-empty-id-second", "all-distinct", "three-way-tie", "late-winner",
         "unicode-tie"],
)
def test_edge_case(solution, reference, plays):
    """Edge cases: empty ids, ties between several tracks, non-ASCII ids."""
    agree(solution, reference, plays, returns=str)
