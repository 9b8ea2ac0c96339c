"""The fingerprints of timed results (judge.isolation.prints): equal results agree,
results that differ in any way a test would notice do not, on the small and the
big-column paths alike."""

import numpy as np
import pytest

from judge.isolation.prints import FAST, result_print, same


def agree(a: object, b: object) -> bool:
    return same(result_print(a), result_print(b))


@pytest.mark.parametrize("n", [3, FAST + 5])
def test_rows_agree_as_lists_or_tuples_and_notice_order(n: int) -> None:
    rows = [(i, f"ev{i}") for i in range(n)]
    assert agree(rows, [list(row) for row in rows])
    swapped = rows[:]
    swapped[0], swapped[1] = swapped[1], swapped[0]
    assert not agree(rows, swapped)
    assert not agree(rows, rows[:-1])


@pytest.mark.parametrize("n", [2, FAST + 5])
def test_string_columns_keep_their_boundaries(n: int) -> None:
    pad = ["x"] * (n - 2)
    assert not agree(["ab", "c", *pad], ["a", "bc", *pad])
    assert not agree(["a\x00", "b", *pad], ["a", "\x00b", *pad])
    assert not agree(["a", "b", *pad], ["a", "b ", *pad])
    assert agree(["é", "\ud800", *pad], ["é", "\ud800", *pad])  # lone surrogates print too


def test_integers_beyond_64_bits_and_numpy_integers() -> None:
    big = [2 ** 70 + i for i in range(FAST + 1)]
    assert agree(big, list(big))
    assert not agree(big, [big[0] + 1, *big[1:]])
    small = list(range(FAST + 1))
    assert agree(small, np.array(small))
    assert not agree(small, [*small[:-1], -1])
    assert not agree(small, [str(v) for v in small])


def test_floats_agree_within_the_tolerance_only() -> None:
    values = [0.1 * i for i in range(FAST + 10)]
    assert agree(values, [v * (1 + 1e-12) for v in values])
    assert agree(values, np.array(values))
    assert not agree(values, [v * 1.001 for v in values])
    assert not agree(values, values[::-1])


def test_sets_and_dicts_print_in_a_canonical_order() -> None:
    keys = [f"t{i}" for i in range(FAST + 3)]
    assert agree(set(keys), set(reversed(keys)))
    assert agree({k: 1 for k in keys}, {k: 1 for k in reversed(keys)})
    assert not agree({k: 1 for k in keys}, {k: 2 for k in keys})
