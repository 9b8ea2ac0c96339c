"""Hypothesis properties: against the reference, and the core's defining rules on
their own (sorted ids, thresholds met, the sums kept)."""

from collections import defaultdict

from hypothesis import given
from hypothesis import strategies as st

from checks import check
from judge.testing import WrongAnswer, agrees, expect_raises, returned

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


@given(events=EVENTS, min_user=THRESHOLDS, min_item=THRESHOLDS)
def test_result_is_a_valid_core(solution, events, min_user, min_item):
    """Rows and columns are sorted ids; each row has >= min_user entries, each column
    >= min_item; every entry is the summed plays of its pair."""
    got = returned(solution, events, min_user, min_item)
    call = solution.last_call
    matrix, users, tracks = got

    def fail(reason):
        raise WrongAnswer(reason, call=call, actual=got)

    if users != sorted(set(users)) or tracks != sorted(set(tracks)):
        fail("users and tracks must be distinct ids in ascending order")
    dense = matrix.to_scipy().toarray()
    if dense.dtype.kind not in "iu":
        fail(f"the matrix has dtype {dense.dtype}, expected int64")
    if dense.shape != (len(users), len(tracks)):
        fail(f"the matrix has shape {dense.shape}, but there are {len(users)} users and"
             f" {len(tracks)} tracks")
    totals = defaultdict(int)
    for user, track, plays in events:
        totals[user, track] += plays
    for i, user in enumerate(users):
        for j, track in enumerate(tracks):
            if int(dense[i, j]) != totals.get((user, track), 0):
                fail(f"matrix[{i}, {j}] ({user!r}, {track!r}) is {int(dense[i, j])}, but the"
                     f" pair's plays add up to {totals.get((user, track), 0)}")
    degrees = (dense > 0).sum(axis=1), (dense > 0).sum(axis=0)
    for i, user in enumerate(users):
        if not max(1, min_user) <= degrees[0][i]:
            fail(f"user {user!r} is kept with {degrees[0][i]} distinct tracks, fewer than"
                 f" min_user = {min_user} (or none at all)")
    for j, track in enumerate(tracks):
        if not max(1, min_item) <= degrees[1][j]:
            fail(f"track {track!r} is kept with {degrees[1][j]} distinct users, fewer than"
                 f" min_item = {min_item} (or none at all)")
    if not users and dense.shape != (0, 0):
        fail(f"an empty result has shape (0, 0), not {dense.shape}")


@st.composite
def invalid_calls(draw):
    events = draw(EVENTS)
    what = draw(st.sampled_from(["plays", "min_user", "min_item"]))
    min_user, min_item = draw(THRESHOLDS), draw(THRESHOLDS)
    if what == "plays":
        bad = (draw(USERS), draw(TRACKS), draw(st.integers(-3, 0)))
        at = draw(st.integers(0, len(events)))
        events = [*events[:at], bad, *events[at:]]
        reason = f"the event {bad!r} (plays must be > 0)"
    elif what == "min_user":
        min_user = draw(st.integers(-5, -1))
        reason = f"min_user = {min_user}"
    else:
        min_item = draw(st.integers(-5, -1))
        reason = f"min_item = {min_item}"
    return events, min_user, min_item, reason


@given(call=invalid_calls())
def test_invalid_arguments_raise(solution, call):
    """plays <= 0 anywhere, or a negative threshold, raises ValueError."""
    *args, reason = call
    expect_raises(solution, ValueError, *args, reason=reason)
