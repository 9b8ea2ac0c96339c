"""The comparison every test of this package uses."""


from judge.testing import Sparse, WrongAnswer, first_difference, returned
from judge.testing import call_reference as run_reference


def shown(result):
    """(dense rows, users, tracks) when the matrix is small enough to read."""
    matrix, users, tracks = result
    scipy_matrix = matrix.to_scipy() if isinstance(matrix, Sparse) else matrix
    if scipy_matrix.shape[0] * scipy_matrix.shape[1] <= 400:
        return (f"csr_matrix({scipy_matrix.toarray().tolist()}, shape={scipy_matrix.shape},"
                f" dtype={scipy_matrix.dtype})", users, tracks)
    return (f"<{scipy_matrix.shape[0]}x{scipy_matrix.shape[1]} matrix, {scipy_matrix.nnz}"
            f" stored>", users, tracks)


def check(solution, reference, events, min_user, min_item):
    """The submission must return what the reference returns: the users (rows) and
    tracks (columns) first, then the matrix by shape, dtype kind and entries."""
    expected = run_reference(reference, events, min_user, min_item)
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
