"""Hypothesis properties on small random streams, judged by ``check_merge`` (tests/checks.py)."""

from hypothesis import given
from hypothesis import strategies as st

from checks import check_merge
from judge.testing import agrees

# Few timestamps and ids make ties common (across and within streams), which is
# where the mistakes are.
STAMPS = st.integers(-2, 4)
IDS = st.sampled_from(["a", "b", "c", "z", "", "t10", "t9"])


def sorted_streams(stamps, ids, max_streams, max_len):
    """Lists of streams, each sorted by timestamp only (ids keep their drawn order)."""
    stream = st.lists(st.tuples(stamps, ids), max_size=max_len).map(
        lambda events: sorted(events, key=lambda event: event[0]))
    return st.lists(stream, max_size=max_streams)


test_merge_is_sorted_and_stable = agrees(
    "Returns every event once, sorted by timestamp, ties by stream index then stream order.",
    streams=sorted_streams(STAMPS, IDS, max_streams=6, max_len=8), check=check_merge)


test_many_short_streams = agrees("Many short (often empty) streams with heavy ties.",
    streams=sorted_streams(st.integers(0, 2), IDS, max_streams=30, max_len=3), check=check_merge)


@given(streams=sorted_streams(st.integers(-10**12, 10**12), st.text(max_size=3),
                              max_streams=5, max_len=10))
def test_arbitrary_timestamps_and_ids(solution, reference, streams):
    """Any int timestamps and any string ids."""
    check_merge(solution, reference, streams)
