"""Hand-picked call sequences (the statement's session is collected by the judge)."""

import pytest

from checks import replay
from judge.testing import expect_raises


@pytest.mark.parametrize("capacity", [0, -1])
def test_capacity_below_one_raises(solution, capacity):
    """A capacity below 1 raises ValueError."""
    expect_raises(solution, ValueError, capacity, reason=f"capacity {capacity}")


SEQUENCES = {
    "get-refreshes-recency": (2, [("put", "a", b"1"), ("put", "b", b"2"), ("get", "a"),
                                  ("put", "c", b"3"), ("get", "a"), ("get", "b")]),
    "put-update-refreshes": (2, [("put", "a", b"1"), ("put", "b", b"2"), ("put", "a", b"9"),
                                 ("put", "c", b"3"), ("get", "a"), ("get", "b")]),
    "update-at-capacity-evicts-nothing": (2, [("put", "a", b"1"), ("put", "b", b"2"),
                                              ("put", "b", b"7"), ("len",), ("get", "a"),
                                              ("get", "b")]),
    "miss-changes-nothing": (2, [("put", "a", b"1"), ("put", "b", b"2"), ("get", "z"),
                                 ("put", "c", b"3"), ("get", "a"), ("get", "b"), ("len",)]),
    "capacity-one": (1, [("put", "a", b"1"), ("put", "b", b"2"), ("get", "a"), ("get", "b"),
                         ("len",)]),
    "empty-audio-is-a-hit": (2, [("put", "a", b""), ("get", "a"), ("len",)]),
    "empty-cache": (3, [("get", "a"), ("len",)]),
}


@pytest.mark.parametrize("case", SEQUENCES, ids=str)
def test_sequence(solution, reference, case):
    """Hits refresh recency, updates evict nothing, misses change nothing."""
    capacity, calls = SEQUENCES[case]
    replay(solution, reference, capacity, calls)
