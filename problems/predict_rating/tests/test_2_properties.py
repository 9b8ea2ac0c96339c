"""Hypothesis properties on small rating logs, judged by ``check_prediction`` (invalid
arguments: tests/test_1_examples.py)."""

from hypothesis import strategies as st

from checks import check_prediction
from judge.testing import agrees

# Few listeners, tracks and star values make co-rated tracks, equal
# similarities and ties at the k-th place common, which is where the mistakes are.
LISTENERS = ["a", "b", "c", "d", "e", "t10", "t9", "B"]
TRACKS = ["x", "y", "z", "w", "v"]
STARS = st.sampled_from([1.0, 2.0, 3.0, 4.0, 5.0, 2.5, 0.5])


@st.composite
def questions(draw):
    """(ratings, user, track, k): a valid log, the user and track usually known."""
    pairs = draw(st.lists(st.tuples(st.sampled_from(LISTENERS), st.sampled_from(TRACKS)),
                          min_size=1, max_size=24, unique=True))  # distinct, in any order
    ratings = [(who, what, draw(STARS)) for who, what in pairs]
    user = draw(st.sampled_from([who for who, _, _ in ratings] * 3 + ["zed"]))
    track = draw(st.sampled_from([what for _, what, _ in ratings] * 3 + ["nope"]))
    return ratings, user, track, draw(st.integers(0, 6))


test_matches_spec = agrees(
    "Predicts sum(sim r) / sum(sim) over the top-k positive cosine neighbours.",
    questions(), check=check_prediction)


@st.composite
def clone_logs(draw):
    """Raters of the track whose co-rated ratings repeat exactly (exact ties), shuffled."""
    shape = st.lists(st.tuples(st.sampled_from(TRACKS[1:]), STARS), min_size=1, max_size=3,
                     unique_by=lambda x: x[0])
    ratings = [("me", what, stars) for what, stars in draw(shape)]
    shapes = [draw(shape) for _ in range(2)]
    for who in draw(st.lists(st.sampled_from(LISTENERS), min_size=2, max_size=8, unique=True)):
        ratings += [(who, what, stars) for what, stars in draw(st.sampled_from(shapes))]
        ratings.append((who, "x", draw(STARS)))
    return draw(st.permutations(ratings)), "me", "x", draw(st.integers(1, 5))


test_exact_ties_by_id = agrees(
    "Neighbours with equal co-rated ratings tie exactly; the smaller id is kept first.",
    clone_logs(), check=check_prediction)
