"""Hypothesis properties, judged by check_trending (which names the broken rule)."""

from hypothesis import strategies as st

from checks import check_trending
from judge.testing import agrees

# Few tracks and small gaps make ties, equal timestamps and plays exactly on
# the window's edges common, which is where the mistakes are.
TRACKS = st.sampled_from(["a", "b", "c", "", "t10", "t9", "B"])


@st.composite
def play_logs(draw, max_plays=25):
    """Plays sorted by ts, with small gaps (equal times are common)."""
    events, ts = [], draw(st.integers(-10, 10))
    for gap in draw(st.lists(st.integers(0, 3), max_size=max_plays)):
        ts += gap
        events.append((ts, draw(TRACKS)))
    return events


test_matches_reference = agrees(
    "At each query, the top k tracks of the window t - window_s < ts <= t by (-count, id).",
    events=play_logs(), queries=st.lists(st.integers(-12, 50), max_size=8).map(sorted),
    window=st.integers(0, 10), k=st.integers(0, 5), check=check_trending)

test_arbitrary_ids_and_times = agrees("Any string is a track id and any int a time.",
    events=st.lists(st.tuples(st.integers(-10**9, 10**9), st.text(max_size=2)),
                    max_size=15).map(lambda e: sorted(e, key=lambda p: p[0])),
    queries=st.lists(st.integers(-10**9, 10**9), max_size=5).map(sorted),
    window=st.integers(0, 10**9), k=st.integers(0, 4), check=check_trending)
