"""Hypothesis properties on small random epochs: against the reference, and
reference-free ones (what an epoch must leave alone, and that epochs compose)."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from checks import check_epoch
from judge.testing import WrongAnswer, as_array, expect_equal, expect_raises, returned

# Factor entries and ratings on coarse grids keep the counterexamples readable;
# learning rates stay small, as in real training, so the epoch is stable.
ENTRY = st.sampled_from([0.0, 0.25, -0.25, 0.5, -0.5, 1.0, -1.0, 0.75])
RATING = st.sampled_from([1.0, 2.0, 3.0, 4.0, 5.0, 0.5, 3.5])
LR = st.sampled_from([0.1, 0.05, 0.01, 0.2])
REG = st.sampled_from([0.0, 0.1, 0.02, 0.5])


@st.composite
def epochs(draw, max_ratings=10):
    """(ratings, P, Q): a few listeners and tracks, ids in range."""
    n_users, n_items, f = draw(st.integers(1, 4)), draw(st.integers(1, 4)), draw(st.integers(1, 3))
    P = np.array(draw(st.lists(ENTRY, min_size=n_users * f, max_size=n_users * f))).reshape(
        n_users, f)
    Q = np.array(draw(st.lists(ENTRY, min_size=n_items * f, max_size=n_items * f))).reshape(
        n_items, f)
    rating = st.tuples(st.integers(0, n_users - 1), st.integers(0, n_items - 1), RATING)
    return draw(st.lists(rating, max_size=max_ratings)), P, Q


@given(epoch=epochs(), lr=LR, reg=REG)
def test_matches_reference(solution, reference, epoch, lr, reg):
    """Runs one epoch of SGD, in order, with simultaneous updates of p and q."""
    check_epoch(solution, reference, *epoch, lr, reg)


@given(epoch=epochs(), reg=REG)
def test_zero_learning_rate(solution, epoch, reg):
    """With lr = 0 the result equals P and Q exactly."""
    ratings, P, Q = epoch
    got = solution(ratings, P, Q, 0.0, reg)
    expect_equal(got, (P, Q), call=solution.last_call, rel=0, abs_tol=0,
                 reason="lr = 0 must change nothing")


@given(epoch=epochs(max_ratings=0), lr=LR, reg=REG)
def test_no_ratings(solution, epoch, lr, reg):
    """With no ratings the result equals P and Q exactly."""
    _, P, Q = epoch
    got = solution([], P, Q, lr, reg)
    expect_equal(got, (P, Q), call=solution.last_call, rel=0, abs_tol=0,
                 reason="an empty ratings list must change nothing")


@given(epoch=epochs(), lr=LR, reg=REG)
def test_only_rated_rows_move(solution, epoch, lr, reg):
    """Rows of listeners and tracks that appear in no rating stay exactly as they were."""
    ratings, P, Q = epoch
    got = returned(solution, ratings, P, Q, lr, reg)
    call = solution.last_call
    for name, before, after, rated in [("P", P, got[0], {u for u, _, _ in ratings}),
                                       ("Q", Q, got[1], {i for _, i, _ in ratings})]:
        after = as_array(after)
        if after.shape != before.shape:
            raise WrongAnswer(f"the new {name} has shape {after.shape}, expected {before.shape}",
                              call=call)
        for row in range(len(before)):
            if row not in rated and not np.array_equal(after[row], before[row]):
                who = "listener" if name == "P" else "track"
                raise WrongAnswer(
                    f"{who} {row} has no rating, so {name}[{row}] must stay"
                    f" {before[row].tolist()}, but it became {after[row].tolist()}", call=call)


@given(first=epochs(), more=st.data(), lr=LR, reg=REG)
def test_epochs_compose(solution, first, more, lr, reg):
    """Running ratings A then B equals one run over A + B (the order is the list's)."""
    ratings, P, Q = first
    rating = st.tuples(st.integers(0, len(P) - 1), st.integers(0, len(Q) - 1), RATING)
    later = more.draw(st.lists(rating, min_size=1, max_size=6), label="more ratings")
    whole = returned(solution, ratings + later, P, Q, lr, reg)
    call = solution.last_call
    half = returned(solution, ratings, P, Q, lr, reg)
    then = returned(solution, later, as_array(half[0]), as_array(half[1]), lr, reg)
    expect_equal(whole, tuple(as_array(m) for m in then), call=call,
                 reason=f"one epoch over all the ratings must equal an epoch over the first"
                        f" {len(ratings)} followed by an epoch over the last {len(later)}")


@st.composite
def invalid_calls(draw):
    """(ratings, P, Q, reason) with one id outside the rows."""
    ratings, P, Q = draw(epochs())
    which = draw(st.sampled_from(["listener", "track"]))
    size = len(P) if which == "listener" else len(Q)
    bad = draw(st.sampled_from([size, size + 1, -1, -size]))
    good = draw(st.integers(0, (len(Q) if which == "listener" else len(P)) - 1))
    row = (bad, good, 3.0) if which == "listener" else (good, bad, 3.0)
    at = draw(st.integers(0, len(ratings)))
    reason = f"the rating {row} with {size} {which}s (ids 0..{size - 1})"
    return [*ratings[:at], row, *ratings[at:]], P, Q, reason


@given(call=invalid_calls())
def test_ids_out_of_range_raise(solution, call):
    """A listener or track id outside the rows of P or Q (negative too) raises ValueError."""
    ratings, P, Q, reason = call
    expect_raises(solution, ValueError, ratings, P, Q, 0.1, 0.02, reason=reason)
