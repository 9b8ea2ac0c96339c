"""The comparison every test of this package uses."""

from judge.testing import Sparse, WrongAnswer, call_reference, first_difference, returned


def shown(result):
    """(the matrix, as dense rows when it is small enough to read, users, tracks)."""
    matrix, users, tracks = result
    m = matrix.to_scipy() if isinstance(matrix, Sparse) else matrix
    if m.shape[0] * m.shape[1] > 400:
        return f"<{m.shape[0]}x{m.shape[1]} matrix, {m.nnz} stored>", users, tracks
    return f"csr_matrix({m.toarray().tolist()}, shape={m.shape}, dtype={m.dtype})", users, tracks


def check(solution, reference, events, min_user, min_item):
    """The submission must return what the reference returns: the users (rows) and
    tracks (columns) first, then the matrix by shape, dtype kind and entries (its storage,
    index order or explicit zeros, does not matter)."""
    expected = call_reference(reference, events, min_user, min_item)
    got = returned(solution, events, min_user, min_item)
    call = solution.last_call
    for index, what in ((1, "the users (the rows)"), (2, "the tracks (the columns)")):
        difference = first_difference(got[index], expected[index], where=f"result[{index}]")
        if difference:
            raise WrongAnswer(f"{what}: {difference}", call=call, expected=expected[index],
                              actual=got[index])
    difference = first_difference(got[0], expected[0], where="the matrix")
    if difference:
        raise WrongAnswer(difference, call=call, expected=shown(expected), actual=shown(got))
