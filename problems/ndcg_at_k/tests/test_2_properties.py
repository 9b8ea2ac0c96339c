"""Hypothesis properties against the reference (a failure shows DCG and IDCG)."""

from hypothesis import strategies as st

from checks import check_ndcg
from judge.testing import agrees

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
