"""Hypothesis properties against the reference (invalid arguments: tests/test_1_examples.py)."""

from hypothesis import strategies as st

from checks import check
from judge.testing import agrees

# Few ids make repeats, cascades and ties in degree common.
USERS = st.sampled_from(["u1", "u2", "u3", "u4", "u5", "u10", "U"])
TRACKS = st.sampled_from(["t1", "t2", "t3", "t4", "t5", "t10", ""])
EVENTS = st.lists(st.tuples(USERS, TRACKS, st.integers(1, 5)), max_size=30)
THRESHOLDS = st.integers(0, 4)


test_matches_reference = agrees(
    "Returns the (min_user, min_item)-core as a csr_matrix of summed plays, ids sorted.",
    events=EVENTS, min_user=THRESHOLDS, min_item=THRESHOLDS, check=check)


@st.composite
def ladders(draw):
    """A ladder (user i plays tracks i .. i+w-1) plus random noise, thresholds near w."""
    width = draw(st.integers(2, 3))
    rungs = draw(st.integers(1, 8))
    events = [(f"u{i}", f"t{i + k}", 1) for i in range(rungs) for k in range(width)]
    events += draw(st.lists(st.tuples(USERS, TRACKS, st.integers(1, 3)), max_size=6))
    order = draw(st.permutations(range(len(events))))
    return [events[i] for i in order], width, draw(st.integers(width - 1, width + 1))


test_cascades = agrees("Filtering repeats until nothing changes: removals cascade along chains.",
    ladders(), check=check)
