"""The statement's examples and hand-picked edge cases.

Every answer is judged by ``check_spread`` (tests/checks.py): [] exactly when no
order exists, else a permutation of the input with no two adjacent tracks by one
artist. Any valid order passes.
"""

import pytest

from checks import check_spread
from judge.testing import statement_examples


@pytest.mark.parametrize("example", statement_examples(__file__), ids=str)
def test_statement_example(solution, reference, example):
    """The examples in the statement."""
    check_spread(solution, reference, *example.args)


def playlist(artists):
    """Pairs (track id, artist) from a string of one-letter artists: "AAB" ->
    [("t0", "A"), ("t1", "A"), ("t2", "B")]."""
    return [(f"t{i}", artist) for i, artist in enumerate(artists)]


@pytest.mark.parametrize("artists", ["A", "AB", "ABA", "AAB", "BAA", "BAABA", "AAABB",
                                     "ABABABA", "BBBAAAA", "AABB", "CACB"])
def test_exactly_ceil_half(solution, reference, artists):
    """An artist with exactly ceil(n/2) of the n tracks still has an order."""
    check_spread(solution, reference, playlist(artists))


@pytest.mark.parametrize("artists", ["AA", "AAA", "AAAB", "BAAA", "AABAA", "ABAAB" + "A",
                                     "CAAABA"])
def test_impossible(solution, reference, artists):
    """An artist with more than ceil(n/2) of the n tracks: no order exists, return []."""
    check_spread(solution, reference, playlist(artists))


@pytest.mark.parametrize("artists", ["AAABBBCC", "AABBCC", "CCAAABBB", "AAABBBCCDD",
                                     "ABCABCAB", "AAAABBBBCCC", "AABBC", "CABAB"])
def test_counts_change_leader(solution, reference, artists):
    """Several big artists: the one with the most tracks LEFT must go next, not the
    one that was biggest at the start."""
    check_spread(solution, reference, playlist(artists))


@pytest.mark.parametrize("tracks", [
    [("x", "A"), ("x", "A"), ("y", "B")],
    [("x", "A"), ("y", "B"), ("x", "A"), ("y", "B")],
    [("x", "A"), ("x", "A"), ("x", "A"), ("y", "B"), ("y", "B")],
    [("x", "A"), ("x", "A"), ("x", "A")],
    [("x", "A"), ("x", "B"), ("x", "A")],
    [("same", "A"), ("same", "B"), ("same", "C"), ("same", "A")],
], ids=["dup-3", "dup-pairs-4", "dup-5", "dup-impossible", "id-shared-by-artists",
        "one-id-four-artists"])
def test_duplicate_pairs(solution, reference, tracks):
    """Duplicate pairs are separate tracks: each copy must be placed, none dropped."""
    check_spread(solution, reference, tracks)


@pytest.mark.parametrize("tracks", [
    [("a", ""), ("b", "x"), ("c", "")],
    [("t1", "Nova"), ("t2", "nova"), ("t3", "Nova")],
    [("", "é"), ("", "e"), ("", "é")],
    [("t1", "A"), ("t2", "B"), ("t3", "C"), ("t4", "D"), ("t5", "E")],
], ids=["empty-artist", "case-sensitive", "unicode", "all-distinct"])
def test_arbitrary_strings(solution, reference, tracks):
    """Artists are exact strings: empty, non-ASCII and case-different names are artists."""
    check_spread(solution, reference, tracks)
