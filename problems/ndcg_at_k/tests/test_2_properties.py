"""Hypothesis properties, against the reference and on their own."""

import math

from hypothesis import given
from hypothesis import strategies as st

from checks import check_ndcg, explain
from judge.testing import WrongAnswer, agrees, expect_raises, returned

# Few ids make overlaps between the ranking and the judgments common; grades
# above 1 tell the two gains apart.
TRACKS = st.sampled_from(["a", "b", "c", "d", "e", ""])
GRADES = st.sampled_from([1, 0, 2, 3, 0.5, 1.5, 0.0])
RANKINGS = st.lists(TRACKS, unique=True, max_size=6)
JUDGMENTS = st.dictionaries(TRACKS, GRADES, max_size=6)
KS = st.integers(1, 8)
GAIN_NAMES = st.sampled_from(["linear", "exponential"])


test_matches_the_spec = agrees(
    "Returns DCG@k / IDCG@k, the ideal built from all judged tracks, 0.0 when IDCG is 0.",
    ranked=RANKINGS, relevance=JUDGMENTS, k=KS, gain=GAIN_NAMES, check=check_ndcg)


test_arbitrary_ids_and_grades = agrees("Any string is a valid id; any finite grade >= 0 is valid.",
    ranked=st.lists(st.text(max_size=2), unique=True, max_size=6),
    relevance=st.dictionaries(st.text(max_size=2), st.floats(0, 5), max_size=6), k=KS,
    gain=GAIN_NAMES, check=check_ndcg)


def fail(reason, solution, got, expected=None):
    raise WrongAnswer(reason, call=solution.last_call, expected=expected, actual=got)


@given(ranked=RANKINGS, relevance=JUDGMENTS, k=KS, gain=GAIN_NAMES)
def test_between_zero_and_one(solution, ranked, relevance, k, gain):
    """NDCG is a float between 0 and 1."""
    got = returned(solution, ranked, relevance, k, gain=gain)
    if not 0.0 <= got <= 1.0 + 1e-12:
        fail(f"NDCG must lie between 0 and 1, got {got!r}; {explain(ranked, relevance, k, gain)}",
             solution, got)


@given(relevance=JUDGMENTS.filter(lambda r: any(v > 0 for v in r.values())), k=KS,
       gain=GAIN_NAMES, data=st.data())
def test_ideal_order_scores_one(solution, relevance, k, gain, data):
    """Returning the judged tracks from the highest grade down scores exactly 1.0."""
    ranked = sorted(relevance, key=lambda track: -relevance[track])
    ranked += data.draw(st.lists(st.sampled_from(["x", "y", "z"]), unique=True, max_size=2))
    got = returned(solution, ranked, relevance, k, gain=gain)
    if not math.isclose(got, 1.0, rel_tol=1e-9):
        fail("the tracks are in the ideal order (highest grade first), so NDCG must be 1.0;"
             f" {explain(ranked, relevance, k, gain)}", solution, got, 1.0)


@given(ranked=RANKINGS, relevance=JUDGMENTS, k=KS, scale=st.sampled_from([2, 4, 0.5]))
def test_linear_gain_ignores_the_scale(solution, ranked, relevance, k, scale):
    """With the linear gain, multiplying every grade by the same factor changes nothing."""
    before = solution(ranked, relevance, k, gain="linear")
    scaled = {track: rel * scale for track, rel in relevance.items()}
    after = returned(solution, ranked, scaled, k, gain="linear")
    if not math.isclose(before, after, rel_tol=1e-9, abs_tol=1e-12):
        fail(f"multiplying every grade by {scale} changed the linear NDCG from {before!r} to"
             f" {after!r}; DCG and IDCG both scale by {scale}, so their ratio cannot change",
             solution, after, before)


@given(ranked=RANKINGS, relevance=JUDGMENTS, k=KS, gain=GAIN_NAMES,
       tail=st.lists(st.sampled_from(["a", "b", "t1", "t2", "t3"]), min_size=1, max_size=3,
                     unique=True))
def test_tracks_after_k_do_not_matter(solution, ranked, relevance, k, gain, tail):
    """Only the first k slots count: tracks appended after them change nothing."""
    full = ranked + [f"unjudged{i}" for i in range(k - len(ranked))]
    longer = full + [track for track in tail if track not in full]
    first = solution(full, relevance, k, gain=gain)
    then = returned(solution, longer, relevance, k, gain=gain)
    if first != then:
        fail(f"appending {[t for t in tail if t not in full]!r} after the first k = {k} slots"
             f" changed NDCG from {first!r} to {then!r}", solution, then, first)


@given(ranked=st.lists(TRACKS, min_size=2, max_size=7).filter(
    lambda r: len(set(r)) < len(r)), relevance=JUDGMENTS, k=KS, gain=GAIN_NAMES)
def test_repeated_track_raises(solution, ranked, relevance, k, gain):
    """A track that appears twice in ranked (anywhere) raises ValueError."""
    expect_raises(solution, ValueError, ranked, relevance, k, gain=gain,
                  reason=f"ranked = {ranked!r} repeats a track")


@given(ranked=RANKINGS, relevance=JUDGMENTS, k=KS, gain=GAIN_NAMES, track=TRACKS,
       bad=st.sampled_from([-1, -0.5, -2.0, math.nan, math.inf, -math.inf]))
def test_bad_grade_raises(solution, ranked, relevance, k, gain, track, bad):
    """A negative, nan or infinite grade raises ValueError, even for a track not returned."""
    expect_raises(solution, ValueError, ranked, {**relevance, track: bad}, k, gain=gain,
                  reason=f"the grade {bad!r} of {track!r}")


@given(ranked=RANKINGS, relevance=JUDGMENTS, k=st.integers(-10**9, 0), gain=GAIN_NAMES)
def test_k_below_one_raises(solution, ranked, relevance, k, gain):
    """k < 1 raises ValueError."""
    expect_raises(solution, ValueError, ranked, relevance, k, gain=gain, reason=f"k = {k}")


@given(ranked=RANKINGS, relevance=JUDGMENTS, k=KS,
       gain=st.sampled_from(["Linear", "exp", "log", "", "EXPONENTIAL", "linear "]))
def test_unknown_gain_raises(solution, ranked, relevance, k, gain):
    """A gain other than 'linear' or 'exponential' raises ValueError."""
    expect_raises(solution, ValueError, ranked, relevance, k, gain=gain,
                  reason=f"gain = {gain!r}")
