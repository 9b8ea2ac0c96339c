"""Hypothesis properties on small inputs, judged by ``check_fill`` (tests/checks.py)."""

from hypothesis import given
from hypothesis import strategies as st

from checks import check_fill
from judge.testing import agrees, expect_raises

# Few distinct lengths make ties (several best sets) and exact fits common.
LENGTHS = st.sampled_from([1, 2, 3, 5, 7, 8, 13])


@st.composite
def playlists(draw, lengths=LENGTHS, max_n=10):
    """(durations, target_s) with a target anywhere from 0 to past the total."""
    durations = draw(st.lists(lengths, max_size=max_n))
    target_s = draw(st.integers(0, sum(durations) + 3))
    return durations, target_s


test_best_total = agrees(
    "Returns distinct sorted indices whose total is the largest one <= target_s.",
    playlists(), check=check_fill)


test_track_lengths = agrees(
    "With real track lengths (2 to 7 minutes), the best total <= target_s is found.",
    durations=st.lists(st.integers(120, 420), max_size=12), target_s=st.integers(0, 30 * 60),
    check=check_fill)


@given(durations=st.lists(LENGTHS, min_size=1, max_size=8), data=st.data())
def test_target_is_a_subset_total(solution, reference, durations, data):
    """When target_s is the total of some tracks, the answer fills it exactly."""
    picks = data.draw(st.lists(st.booleans(), min_size=len(durations),
                               max_size=len(durations)))
    check_fill(solution, reference, durations,
               sum(d for d, p in zip(durations, picks, strict=True) if p))


@st.composite
def invalid_calls(draw):
    """(durations, target_s) with a negative target_s or a duration below 1."""
    durations, target_s = draw(playlists())
    if draw(st.booleans()):
        return durations, draw(st.integers(-1000, -1))
    at = draw(st.integers(0, len(durations)))
    bad = draw(st.integers(-500, 0))
    return [*durations[:at], bad, *durations[at:]], target_s


@given(call=invalid_calls())
def test_invalid_arguments_raise(solution, call):
    """A negative target_s or any duration below 1 raises ValueError."""
    durations, target_s = call
    reason = (f"target_s = {target_s}" if target_s < 0 else
              f"a duration of {min(durations)}")
    expect_raises(solution, ValueError, durations, target_s, reason=reason)
