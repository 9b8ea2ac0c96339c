"""The worker boundary: only plain data comes back, and nothing runs on load."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from judge.isolation.wire import (
    Array,
    Opaque,
    Recipe,
    SeededRandom,
    Sparse,
    Stream,
    code_repr,
    dumps,
    dumps_args,
    loads_args,
    loads_plain,
    to_plain,
)


class LyingStr(str):
    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = str.__hash__

    def __str__(self) -> str:
        return "lie"


def gen() -> object:
    yield 1


def test_plain_values_pass_through_unchanged() -> None:
    value = {"a": [1, 2.5, None, True], "b": ("x", b"y"), "c": {1, 2}, "d": frozenset()}
    assert loads_plain(dumps(to_plain(value))) == value


def test_subclasses_are_reduced_to_their_builtin_value() -> None:
    plain = to_plain([LyingStr("real")])
    assert type(plain[0]) is str and plain[0] == "real"


def test_numpy_scalars_follow_the_catalog_rule() -> None:
    assert type(to_plain(np.float64(1.5))) is float  # numpy.float64 is a float
    int64 = to_plain(np.int64(3))
    assert isinstance(int64, Opaque) and int64.type_name == "numpy.int64"


def test_arrays_and_other_objects() -> None:
    array = to_plain(np.arange(6, dtype=np.int32).reshape(2, 3))
    assert isinstance(array, Array)
    back = loads_plain(dumps(array)).to_numpy()
    assert back.shape == (2, 3) and back.dtype == np.int32 and back[1, 2] == 5
    assert to_plain(gen()).type_name == "generator"


def test_restricted_unpickler_refuses_code() -> None:
    class Evil:
        def __reduce__(self) -> tuple[object, ...]:
            import os

            return (os.system, ("echo pwned",))

    with pytest.raises(pickle.UnpicklingError, match="refused global"):
        loads_plain(pickle.dumps(Evil()))


def test_cycles_and_deep_nesting_do_not_crash_the_worker() -> None:
    deep: list[object] = []
    node = deep
    for _ in range(200):
        node.append([])
        node = node[0]  # type: ignore[assignment]
    assert "too-deep" in repr(to_plain(deep))


# -- sparse matrices, arrays and recipes, both ways ---------------------------

def test_sparse_matrices_come_back_as_plain_csr_parts() -> None:
    import scipy.sparse as sp

    matrix = sp.random(7, 5, density=0.4, format="csc", random_state=3)
    plain = loads_plain(dumps(to_plain(matrix)))
    assert isinstance(plain, Sparse) and plain.kind == "csc_matrix"
    assert plain.shape == (7, 5) and plain.nnz == matrix.nnz
    assert (plain.to_scipy().toarray() == matrix.toarray()).all()


def test_arguments_travel_as_plain_records_and_are_rebuilt() -> None:
    import random

    import scipy.sparse as sp

    matrix = sp.csr_matrix(np.array([[0, 2], [3, 0]]))
    rng = random.Random(5)
    args = (matrix, np.arange(4.0), rng, Stream(n=3, fmt="t{}"), [1, (2, "x")])
    data = dumps_args(args)
    assert b"numpy" not in data and b"scipy" not in data  # no class references at all
    back = loads_args(data)
    assert type(back[0]).__name__ == "csr_matrix" and (back[0] != matrix).nnz == 0
    assert back[1].tolist() == [0.0, 1.0, 2.0, 3.0]
    assert isinstance(back[2], Recipe) and back[2].make().random() == random.Random(5).random()
    stream = back[3].make()
    assert list(stream) == ["t0", "t1", "t2"] and list(stream) == []  # one pass only
    assert back[4] == [1, (2, "x")]


def test_the_workers_unpickler_refuses_everything_else() -> None:
    with pytest.raises(pickle.UnpicklingError, match="refused global"):
        loads_args(pickle.dumps(np.arange(3)))  # numpy's own reduction names a function


def test_streams_are_plain_iterables_in_the_judge() -> None:
    stream = Stream(items=["a", "b"])
    assert list(stream) == ["a", "b"] and list(stream) == ["a", "b"]
    assert repr(Stream(n=4, fmt="t{}")) == "('t{}'.format(i) for i in range(4))"
    with pytest.raises(ValueError):
        Stream(["a"], n=2)


def test_seeded_randoms_print_as_code_and_copy_their_state() -> None:
    import copy

    rng = SeededRandom(7)
    rng.random()
    twin = copy.deepcopy(rng)
    assert repr(twin) == "random.Random(7)" and twin.random() == rng.random()


def test_small_arrays_and_matrices_print_as_code() -> None:
    import scipy.sparse as sp

    assert code_repr(np.array([[1.0, 0.5]])) == "np.array([[1.0, 0.5]])"
    assert code_repr(np.array([1, 2], dtype=np.int32)) == "np.array([1, 2], dtype=np.int32)"
    text = code_repr(sp.csr_matrix(np.array([[0, 2]])))
    assert text == "csr_matrix(np.array([[0, 2]]))"
    assert code_repr(sp.csr_matrix((100, 100))).startswith("<csr_matrix 100x100")


def test_a_handle_crosses_as_a_record_and_the_worker_resolves_it() -> None:
    """A proxy passed as an argument reaches the submission as its own object."""
    from judge.isolation.wire import Handle
    from judge.isolation.worker import Worker

    class Box:
        def __init__(self, n: int) -> None:
            self.n = n

        def take(self, other: Box) -> int:
            self.n += other.n
            return self.n

    data = dumps_args((Handle(2), [1]))
    assert b"Handle" not in data  # only the judge's own rebuilder is named
    assert loads_args(data) == (Handle(2), [1])
    worker = Worker(-1, -1, 1000)
    worker.entry = Box
    assert worker.call(None, (3,), {}, {})[:2] == ("object", 1)
    assert worker.call(None, (4,), {}, {})[:2] == ("object", 2)
    reply = worker.call((1, "take"), *loads_args(dumps_args(((Handle(2),), {}))), {})
    assert reply[:3] == ("ok", 7, [])  # an object passed in is not the caller's data
    assert worker.objects[2].n == 4
    unknown = worker.call((1, "take"), (Handle(9),), {}, {})
    assert unknown[0] == "raised" and unknown[1]["type"] == "JudgeProtocolError"


def test_code_repr_keeps_stored_zeros_shapes_and_dtypes() -> None:
    """What it prints rebuilds the value exactly: a stored zero, an empty shape, and
    the dtype an empty list would not infer."""
    import scipy.sparse as sp

    values = [np.zeros((0, 3)), np.array([], dtype=np.int64),
              sp.csr_matrix(([1, 0], [0, 1], [0, 1, 2]), shape=(2, 2)),
              sp.csr_matrix((0, 4), dtype=np.int64),
              sp.csc_matrix(([0.0], [1], [0, 0, 1]), shape=(2, 2))]
    names = {"np": np, "csr_matrix": sp.csr_matrix, "csc_matrix": sp.csc_matrix}
    for value in values:
        back = eval(code_repr(value, 2000), names)
        assert type(back) is type(value) and back.shape == value.shape
        assert back.dtype == value.dtype
        if sp.issparse(value):
            assert back.nnz == value.nnz and (back != value).nnz == 0
    assert code_repr(sp.csr_matrix(([0.5, 0.0], [0, 1], [0, 2]), shape=(1, 2))) == (
        "csr_matrix(([0.5, 0.0], [0, 1], [0, 2]), shape=(1, 2))")
    assert code_repr(sp.csr_matrix((10**6, 10**6))) == "<csr_matrix 1000000x1000000, 0 stored>"
