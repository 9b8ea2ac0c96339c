"""Hypothesis properties on small play matrices: against the reference, and on
their own (a valid top n by the spec's scores; cosine ignores a track's scale).

The matrices are drawn as lists of rows (what the report shows as the input);
the tests build the CSR matrix from them.
"""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from checks import check_recs, check_sorted_by_spec, play_matrix
from judge.testing import WrongAnswer, as_code, check_type, expect_raises, pasteable

# Few distinct counts and many zeros: shared listeners, all-zero columns and
# users without plays are all common.
COUNTS = st.sampled_from([0, 0, 0, 1, 1, 2, 3, 5])
FRACTIONS = st.sampled_from([0.0, 0.0, 0.0, 0.5, 1.0, 1.25, 3.0, 0.1, 7.5])


@st.composite
def cases(draw, max_users=6, max_tracks=7):
    """(rows, stored_zeros, user, n): a small matrix of counts (sometimes of
    fractional values), some stored zeros, a valid call."""
    users = draw(st.integers(1, max_users))
    tracks = draw(st.integers(1, max_tracks))
    values = draw(st.sampled_from([COUNTS, COUNTS, FRACTIONS]))
    rows = draw(st.lists(st.lists(values, min_size=tracks, max_size=tracks),
                         min_size=users, max_size=users))
    places = st.tuples(st.integers(0, users - 1), st.integers(0, tracks - 1))
    stored_zeros = sorted({p for p in draw(st.lists(places, max_size=3)) if rows[p[0]][p[1]] == 0})
    return rows, stored_zeros, draw(st.integers(0, users - 1)), draw(st.integers(0, tracks + 1))


@st.composite
def exact_cases(draw):
    """(rows, user, n) where every column has norm 1, 2 or 4 (or is empty), so every
    score is an exact binary fraction that any correct arithmetic gets exactly."""
    users = draw(st.integers(4, 6))
    tracks = draw(st.integers(2, 7))
    columns = []
    for _ in range(tracks):
        column = [0] * users
        kind = draw(st.sampled_from(["one", "four", "one", "empty"]))
        if kind == "one":
            column[draw(st.integers(0, users - 1))] = draw(st.sampled_from([1, 2, 4]))
        elif kind == "four":
            value = draw(st.sampled_from([1, 2]))
            for row in draw(st.permutations(range(users)))[:4]:
                column[row] = value
        columns.append(column)
    rows = [list(row) for row in zip(*columns, strict=True)]
    return rows, draw(st.integers(0, users - 1)), draw(st.integers(0, tracks))


def build(rows, stored_zeros):
    """int64 counts, or float64 when a value is fractional."""
    fractional = any(v % 1 for row in rows for v in row)
    return play_matrix(rows, stored_zeros=stored_zeros,
                       dtype=np.float64 if fractional else np.int64)


@given(case=cases())
def test_matches_reference(solution, reference, case):
    """Returns the unplayed tracks with score > 0, by cosine-weighted score."""
    rows, stored_zeros, user, n = case
    check_recs(solution, reference, build(rows, stored_zeros), user, n)


@given(case=exact_cases())
def test_exact_ties_by_id(solution, reference, case):
    """Tracks with exactly equal scores come in ascending id order."""
    rows, user, n = case
    check_recs(solution, reference, play_matrix(rows), user, n, exact=True)


@given(case=cases())
def test_valid_top_n(solution, case):
    """Distinct unplayed tracks of score > 0, best first, none better left out."""
    rows, stored_zeros, user, n = case
    check_sorted_by_spec(solution, build(rows, stored_zeros), user, n)


@given(case=exact_cases(), pick=st.integers(0, 6), factor=st.sampled_from([2, 4, 8]))
def test_track_scale_does_not_matter(solution, case, pick, factor):
    """Scaling the plays of a track the user never played changes nothing.

    The cosine divides by the column norms, so no similarity changes."""
    rows, user, n = case
    unplayed = [j for j in range(len(rows[0])) if rows[user][j] == 0]
    if not unplayed:
        return
    track = unplayed[pick % len(unplayed)]
    scaled = [[v * factor if j == track else v for j, v in enumerate(row)] for row in rows]
    with pasteable(solution):
        before = solution(play_matrix(rows), user, n)
        first = as_code(solution.last_call)
        check_type(before, list[int], first)
        after = solution(play_matrix(scaled), user, n)
    if after != before:
        raise WrongAnswer(
            f"multiplying the plays of track {track} (which user {user} never played) by"
            f" {factor} changed the result from {before} to {after}; the cosine divides by the"
            " column norms, so a track's scale changes no similarity",
            call=as_code(solution.last_call), expected=before, actual=after)


@given(case=cases(), bad=st.sampled_from(["n", "user high", "user negative"]),
       amount=st.integers(1, 3))
def test_invalid_arguments_raise(solution, case, bad, amount):
    """A negative n, or a user outside the rows, raises ValueError."""
    rows, stored_zeros, user, n = case
    R = build(rows, stored_zeros)
    if bad == "n":
        n, reason = -amount, f"n = {-amount}"
    elif bad == "user high":
        user = len(rows) - 1 + amount
        reason = f"user {user} of a matrix with {len(rows)} rows"
    else:
        user, reason = -amount, f"user {-amount} (negative indexing does not apply)"
    with pasteable(solution):
        expect_raises(solution, ValueError, R, user, n, reason=reason)
