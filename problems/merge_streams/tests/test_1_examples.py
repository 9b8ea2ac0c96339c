"""The statement's examples and hand-picked edge cases.

Every answer is judged by ``check_merge`` (tests/checks.py), which names the
broken rule when the merge differs from the reference's.
"""


from checks import check_merge
from judge.testing import cases

check_example = check_merge  # checks the statement's examples too


test_empty_and_tiny = cases("No streams, empty streams and single events.", {
    "no-streams": ([],),
    "one-empty-stream": ([[]],),
    "all-empty": ([[], [], []],),
    "one-event": ([[(3, "x")]],),
    "empty-around": ([[], [(1, "a"), (2, "b")], []],),
}, check=check_merge)


test_ties_follow_stream_order = cases(
    "Equal timestamps: lower stream index first, then the order within the stream; never by id.", {
    "two-streams-ids-reversed": ([[(1, "z")], [(1, "a")]],),
    "three-streams-one-timestamp": ([[(0, "c"), (0, "c")], [(0, "b")], [(0, "a"), (0, "a")]],),
    "ties-after-a-smaller": ([[(2, "b"), (2, "a")], [(1, "y"), (2, "c")]],),
    "ties-within-a-stream": ([[(1, "m")], [(1, "z"), (1, "a")], [(1, "")]],),
    "ties-at-two-timestamps": ([[(4, "d"), (9, "a")], [(4, "c"), (9, "b")], [(4, "b"), (9, "c")],
                                [(4, "a")]],),
}, check=check_merge)


test_one_stream_is_kept_as_is = cases(
    "A single non-empty stream comes back unchanged, equal timestamps in its own order.", {
    "one-stream": ([[(1, "b"), (1, "a"), (2, "c")]],),
    "one-stream-one-timestamp": ([[(5, "e"), (5, "d"), (5, "c"), (5, "b"), (5, "a")]],),
    "with-an-empty-stream": ([[(0, "q"), (1, "b"), (1, "a")], []],),
}, check=check_merge)


test_streams_run_out_at_different_times = cases(
    "When one stream runs out, the rest of the others still follow.", {
    "tail-in-second": ([[(1, "a")], [(2, "b"), (3, "c"), (4, "d"), (5, "e")]],),
    "tail-in-first": ([[(2, "b"), (3, "c"), (4, "d")], [(1, "a")]],),
    "blocks": ([[(1, "a"), (2, "b")], [(3, "c"), (4, "d")], [(0, "z")]],),
    "interleaved": ([[(1, "a"), (3, "c"), (5, "e")], [(2, "b"), (4, "d"), (6, "f")]],),
}, check=check_merge)


test_any_ints_and_ids = cases("Timestamps are any ints; ids are any strings and may repeat.", {
    "negative-and-huge-timestamps": ([[(-5, "x"), (10**12, "y")], [(-10**15, "w"), (0, "z")]],),
    "duplicate-events": ([[(3, "e")], [(3, "e")], [(3, "e"), (4, "e")]],),
    "empty-ids": ([[(1, "")], [(0, ""), (1, "")]],),
    "unicode-ids": ([[(2, "é")], [(2, "e"), (3, "É")]],),
}, check=check_merge)


def test_many_streams_one_timestamp(solution, reference):
    """300 streams (some empty) all at one timestamp: the output follows stream index."""
    streams = [[] if i % 7 == 3 else [(0, f"s{299 - i:03d}")] for i in range(300)]
    check_merge(solution, reference, streams)


def test_many_streams(solution, reference):
    """200 interleaved streams with ties everywhere."""
    streams = [sorted((((j * 7 + i) % 13 // 2, f"{(i * 31 + j) % 5}") for j in range(i % 9)),
                      key=lambda event: event[0]) for i in range(200)]
    check_merge(solution, reference, streams)
