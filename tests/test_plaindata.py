"""The worker boundary: only plain data comes back, and nothing runs on load."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from judge.plaindata import Array, Opaque, dumps, loads_plain, to_plain


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
