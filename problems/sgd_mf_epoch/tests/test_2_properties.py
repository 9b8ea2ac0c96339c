"""Hypothesis properties on small random epochs, against the reference."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from checks import check_epoch
from judge.testing import agrees, expect_raises

# Factor entries and ratings on coarse grids keep the counterexamples readable;
# learning rates stay small, as in real training, so the epoch is stable.
ENTRY = st.sampled_from([0.0, 0.25, -0.25, 0.5, -0.5, 1.0, -1.0, 0.75])
RATING = st.sampled_from([1.0, 2.0, 3.0, 4.0, 5.0, 0.5, 3.5])
LR = st.sampled_from([0.1, 0.05, 0.01, 0.2])
REG = st.sampled_from([0.0, 0.1, 0.02, 0.5])


@st.composite
def epochs(draw):
    """(ratings, P, Q, lr, reg): a few listeners and tracks, ids in range."""
    n_users, n_items, f = draw(st.integers(1, 4)), draw(st.integers(1, 4)), draw(st.integers(1, 3))
    P = np.array(draw(st.lists(ENTRY, min_size=n_users * f, max_size=n_users * f))).reshape(
        n_users, f)
    Q = np.array(draw(st.lists(ENTRY, min_size=n_items * f, max_size=n_items * f))).reshape(
        n_items, f)
    rating = st.tuples(st.integers(0, n_users - 1), st.integers(0, n_items - 1), RATING)
    return draw(st.lists(rating, max_size=10)), P, Q, draw(LR), draw(REG)


test_matches_reference = agrees("Runs one epoch of SGD, in order, with simultaneous updates of"
                                " p and q.", epochs(), check=check_epoch)


@st.composite
def invalid_calls(draw):
    """(ratings, P, Q, reason) with one id outside the rows."""
    ratings, P, Q, _, _ = draw(epochs())
    which = draw(st.sampled_from(["listener", "track"]))
    size, other = (len(P), len(Q)) if which == "listener" else (len(Q), len(P))
    bad, good = draw(st.sampled_from([size, size + 1, -1, -size])), draw(st.integers(0, other - 1))
    row = (bad, good, 3.0) if which == "listener" else (good, bad, 3.0)
    at = draw(st.integers(0, len(ratings)))
    reason = f"the rating {row} with {size} {which}s (ids 0..{size - 1})"
    return [*ratings[:at], row, *ratings[at:]], P, Q, reason


@given(call=invalid_calls())
def test_ids_out_of_range_raise(solution, call):
    """A listener or track id outside the rows of P or Q (negative too) raises ValueError."""
    ratings, P, Q, reason = call
    expect_raises(solution, ValueError, ratings, P, Q, 0.1, 0.02, reason=reason)
