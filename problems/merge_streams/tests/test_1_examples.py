"""The statement's examples and hand-picked edge cases.

Every answer is judged by ``check_merge`` (tests/checks.py), which names the
broken rule when the merge differs from the reference's.
"""

import pytest

from checks import check_merge
from judge.testing import statement_examples


@pytest.mark.parametrize("example", statement_examples(__file__), ids=str)
def test_statement_example(solution, reference, example):
    """The examples in the statement."""
    check_merge(solution, reference, *example.args)


@pytest.mark.parametrize(
    "streams",
    [[], [[]], [[], [], []], [[(3, "x")]], [[], [(1, "a"), (2, "b")], []]],
    ids=["no-streams", "one-empty-stream", "all-empty", "one-event", "empty-around"],
)
def test_empty_and_tiny(solution, reference, streams):
    """No streams, empty streams and single events."""
    check_merge(solution, reference, streams)


@pytest.mark.parametrize(
    "streams",
    [
        [[(1, "z")], [(1, "a")]],
        [[(0, "c"), (0, "c")], [(0, "b")], [(0, "a"), (0, "a")]],
        [[(2, "b"), (2, "a")], [(1, "y"), (2, "c")]],
        [[(1, "m")], [(1, "z"), (1, "a")], [(1, "")]],
        [[(4, "d"), (9, "a")], [(4, "c"), (9, "b")], [(4, "b"), (9, "c")], [(4, "a")]],
    ],
    ids=["two-streams-ids-reversed", "three-streams-one-timestamp", "ties-after-a-smaller",
         "ties-within-a-stream", "ties-at-two-timestamps"],
)
def test_ties_follow_stream_order(solution, reference, streams):
    """Equal timestamps: lower stream index first, then the order within the stream; never by id."""
    check_merge(solution, reference, streams)


@pytest.mark.parametrize(
    "streams",
    [
        [[(1, "b"), (1, "a"), (2, "c")]],
        [[(5, "e"), (5, "d"), (5, "c"), (5, "b"), (5, "a")]],
        [[(0, "q"), (1, "b"), (1, "a")], []],
    ],
    ids=["one-stream", "one-stream-one-timestamp", "with-an-empty-stream"],
)
def test_one_stream_is_kept_as_is(solution, reference, streams):
    """A single non-empty stream comes back unchanged, equal timestamps in its own order."""
    check_merge(solution, reference, streams)


@pytest.mark.parametrize(
    "streams",
    [
        [[(1, "a")], [(2, "b"), (3, "c"), (4, "d"), (5, "e")]],
        [[(2, "b"), (3, "c"), (4, "d")], [(1, "a")]],
        [[(1, "a"), (2, "b")], [(3, "c"), (4, "d")], [(0, "z")]],
        [[(1, "a"), (3, "c"), (5, "e")], [(2, "b"), (4, "d"), (6, "f")]],
    ],
    ids=["tail-in-second", "tail-in-first", "blocks", "interleaved"],
)
def test_streams_run_out_at_different_times(solution, reference, streams):
    """When one stream runs out, the rest of the others still follow."""
    check_merge(solution, reference, streams)


@pytest.mark.parametrize(
    "streams",
    [
        [[(-5, "x"), (10**12, "y")], [(-10**15, "w"), (0, "z")]],
        [[(3, "e")], [(3, "e")], [(3, "e"), (4, "e")]],
        [[(1, "")], [(0, ""), (1, "")]],
        [[(2, "é")], [(2, "e"), (3, "É")]],
    ],
    ids=["negative-and-huge-timestamps", "duplicate-events", "empty-ids", "unicode-ids"],
)
def test_any_ints_and_ids(solution, reference, streams):
    """Timestamps are any ints; ids are any strings and may repeat."""
    check_merge(solution, reference, streams)


def test_many_streams_one_timestamp(solution, reference):
    """300 streams (some empty) all at one timestamp: the output follows stream index."""
    streams = [[] if i % 7 == 3 else [(0, f"s{299 - i:03d}")] for i in range(300)]
    check_merge(solution, reference, streams)


def test_many_streams(solution, reference):
    """200 interleaved streams with ties everywhere."""
    streams = [sorted((((j * 7 + i) % 13 // 2, f"{(i * 31 + j) % 5}") for j in range(i % 9)),
                      key=lambda event: event[0]) for i in range(200)]
    check_merge(solution, reference, streams)
