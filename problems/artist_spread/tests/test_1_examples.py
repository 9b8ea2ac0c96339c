"""The statement's examples and hand-picked edge cases.

Every answer is judged by ``check_spread`` (tests/checks.py): [] exactly when no
order exists, else a permutation of the input with no two adjacent tracks by one
artist. Any valid order passes.
"""

import pytest

from checks import check_spread
from judge.testing import cases

check_example = check_spread  # checks the statement's examples too


def playlist(artists):
    """Pairs (track id, artist) from a string of one-letter artists: "AAB" ->
    [("t0", "A"), ("t1", "A"), ("t2", "B")]."""
    return [(f"t{i}", artist) for i, artist in enumerate(artists)]


test_exactly_ceil_half = cases(
    "An artist with exactly ceil(n/2) of the n tracks still has an order.", {
    "A": (playlist('A'),),
    "AB": (playlist('AB'),),
    "ABA": (playlist('ABA'),),
    "AAB": (playlist('AAB'),),
    "BAA": (playlist('BAA'),),
    "BAABA": (playlist('BAABA'),),
    "AAABB": (playlist('AAABB'),),
    "ABABABA": (playlist('ABABABA'),),
    "BBBAAAA": (playlist('BBBAAAA'),),
    "AABB": (playlist('AABB'),),
    "CACB": (playlist('CACB'),),
}, check=check_spread)


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


test_duplicate_pairs = cases(
    "Duplicate pairs are separate tracks: each copy must be placed, none dropped.", {
    "dup-3": ([("x", "A"), ("x", "A"), ("y", "B")],),
    "dup-pairs-4": ([("x", "A"), ("y", "B"), ("x", "A"), ("y", "B")],),
    "dup-5": ([("x", "A"), ("x", "A"), ("x", "A"), ("y", "B"), ("y", "B")],),
    "dup-impossible": ([("x", "A"), ("x", "A"), ("x", "A")],),
    "id-shared-by-artists": ([("x", "A"), ("x", "B"), ("x", "A")],),
    "one-id-four-artists": ([("same", "A"), ("same", "B"), ("same", "C"), ("same", "A")],),
}, check=check_spread)


test_arbitrary_strings = cases(
    "Artists are exact strings: empty, non-ASCII and case-different names are artists.", {
    "empty-artist": ([("a", ""), ("b", "x"), ("c", "")],),
    "case-sensitive": ([("t1", "Nova"), ("t2", "nova"), ("t3", "Nova")],),
    "unicode": ([("", "é"), ("", "e"), ("", "é")],),
    "all-distinct": ([("t1", "A"), ("t2", "B"), ("t3", "C"), ("t4", "D"), ("t5", "E")],),
}, check=check_spread)
