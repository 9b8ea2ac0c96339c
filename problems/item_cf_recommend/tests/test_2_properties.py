"""Hypothesis properties on small play matrices, drawn as lists of rows (what the
report shows as the input) and built into CSR matrices by the checks (invalid
arguments: tests/test_1_examples.py)."""

from hypothesis import strategies as st

from checks import check_exact, check_recs, play_matrix
from judge.testing import agrees

# Few distinct counts and many zeros: shared listeners, all-zero columns and
# users without plays are all common.
COUNTS = st.sampled_from([0, 0, 0, 1, 1, 2, 3, 5])
FRACTIONS = st.sampled_from([0.0, 0.0, 0.0, 0.5, 1.0, 1.25, 3.0, 0.1, 7.5])


@st.composite
def calls(draw):
    """(rows, stored_zeros, user, n): a small matrix of counts (sometimes of
    fractional values), some stored zeros, a valid call."""
    users, tracks = draw(st.integers(1, 6)), draw(st.integers(1, 7))
    values = draw(st.sampled_from([COUNTS, COUNTS, FRACTIONS]))
    rows = draw(st.lists(st.lists(values, min_size=tracks, max_size=tracks),
                         min_size=users, max_size=users))
    places = st.tuples(st.integers(0, users - 1), st.integers(0, tracks - 1))
    stored_zeros = sorted({p for p in draw(st.lists(places, max_size=3)) if rows[p[0]][p[1]] == 0})
    return rows, stored_zeros, draw(st.integers(0, users - 1)), draw(st.integers(0, tracks + 1))


@st.composite
def exact_calls(draw):
    """(rows, user, n) where every column has norm 1, 2 or 4 (or is empty), so every
    score is an exact binary fraction that any correct arithmetic gets exactly."""
    users, tracks = draw(st.integers(4, 6)), draw(st.integers(2, 7))
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


test_matches_reference = agrees(
    "Returns the unplayed tracks with score > 0, by cosine-weighted score.", calls(),
    check=lambda solution, reference, rows, stored_zeros, user, n: check_recs(
        solution, reference, play_matrix(rows, stored_zeros=stored_zeros), user, n))

test_exact_ties_by_id = agrees(
    "Tracks with exactly equal scores come in ascending id order.", exact_calls(),
    check=lambda solution, reference, rows, user, n: check_exact(
        solution, reference, play_matrix(rows), user, n))
