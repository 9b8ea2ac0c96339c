"""Hypothesis properties on small rating logs: against the spec, and
reference-free ones (the row order of the log does not matter)."""

import math

from hypothesis import given
from hypothesis import strategies as st

from checks import check_prediction
from judge.testing import agrees, expect_equal, expect_raises, returned

# Few listeners, tracks and star values make co-rated tracks, equal
# similarities and ties at the k-th place common, which is where the mistakes are.
LISTENERS = ["a", "b", "c", "d", "e", "t10", "t9", "B"]
TRACKS = ["x", "y", "z", "w", "v"]
STARS = st.sampled_from([1.0, 2.0, 3.0, 4.0, 5.0, 2.5, 0.5])
KS = st.integers(0, 6)


@st.composite
def logs(draw, min_size=1, max_size=24):
    """A valid rating log: distinct (listener, track) pairs, in any order."""
    pairs = draw(st.lists(st.tuples(st.sampled_from(LISTENERS), st.sampled_from(TRACKS)),
                          min_size=min_size, max_size=max_size, unique=True))
    return [(who, what, draw(STARS)) for who, what in pairs]


@st.composite
def questions(draw):
    """(ratings, user, track, k), the user and track usually known."""
    ratings = draw(logs())
    user = draw(st.sampled_from([who for who, _, _ in ratings] * 3 + ["zed"]))
    track = draw(st.sampled_from([what for _, what, _ in ratings] * 3 + ["nope"]))
    return ratings, user, track, draw(KS)


test_matches_spec = agrees(
    "Predicts sum(sim r) / sum(sim) over the top-k positive cosine neighbours.",
    questions(), check=check_prediction)


@st.composite
def clone_logs(draw):
    """Raters of the track whose co-rated ratings repeat exactly: exact ties by id."""
    mine = draw(st.lists(st.tuples(st.sampled_from(TRACKS[1:]), STARS), min_size=1,
                         max_size=3, unique_by=lambda x: x[0]))
    ratings = [("me", what, stars) for what, stars in mine]
    shapes = [draw(st.lists(st.tuples(st.sampled_from(TRACKS[1:]), STARS), min_size=1,
                            max_size=3, unique_by=lambda x: x[0])) for _ in range(2)]
    for who in draw(st.lists(st.sampled_from(LISTENERS), min_size=2, max_size=8, unique=True)):
        ratings += [(who, what, stars) for what, stars in draw(st.sampled_from(shapes))]
        ratings.append((who, "x", draw(STARS)))
    return draw(st.permutations(ratings))


@given(ratings=clone_logs(), k=st.integers(1, 5))
def test_exact_ties_by_id(solution, reference, ratings, k):
    """Neighbours with equal co-rated ratings tie exactly; the smaller id is kept first."""
    check_prediction(solution, reference, ratings, "me", "x", k)


@given(question=questions(), data=st.data())
def test_row_order_does_not_matter(solution, question, data):
    """Shuffling the rows of the log does not change the prediction."""
    ratings, user, track, k = question
    first = returned(solution, ratings, user, track, k)
    shuffled = data.draw(st.permutations(ratings), label="the same rows, shuffled")
    again = solution(shuffled, user, track, k)
    expect_equal(again, first, call=solution.last_call, returns=float,
                 reason="the same ratings in another order must give the same prediction")


@st.composite
def invalid_calls(draw):
    """(ratings, user, track, k, reason) with exactly one problem."""
    ratings = draw(logs())
    user, track, k = draw(st.sampled_from(LISTENERS)), draw(st.sampled_from(TRACKS)), draw(KS)
    what = draw(st.sampled_from(["duplicate", "range", "k", "empty"]))
    if what == "duplicate":
        who, item, _ = draw(st.sampled_from(ratings))
        row = (who, item, draw(STARS))
        at = draw(st.integers(0, len(ratings)))
        ratings = [*ratings[:at], row, *ratings[at:]]
        reason = f"{who!r} rating {item!r} twice"
    elif what == "range":
        bad = draw(st.sampled_from([0.0, 0.25, 5.5, 6.0, -1.0, math.nan, math.inf]))
        at = draw(st.integers(0, len(ratings) - 1))
        who, item, _ = ratings[at]
        ratings = [*ratings[:at], (who, item, bad), *ratings[at + 1:]]
        reason = f"the rating {bad!r} (ratings lie in [0.5, 5.0])"
    elif what == "k":
        k = draw(st.integers(-5, -1))
        reason = f"k = {k}"
    else:
        ratings = []
        reason = "an empty ratings list"
    return ratings, user, track, k, reason


@given(call=invalid_calls())
def test_invalid_arguments_raise(solution, call):
    """A repeated pair, a rating outside [0.5, 5], a negative k or no ratings raise."""
    ratings, user, track, k, reason = call
    expect_raises(solution, ValueError, ratings, user, track, k, reason=reason)
