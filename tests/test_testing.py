"""Type checks and comparisons the hidden tests rely on."""

from __future__ import annotations

import math
from typing import Any

import pytest

from judge.outcomes import WrongAnswer
from judge.plaindata import Opaque
from judge.testing import (
    check_type,
    expect_equal,
    first_difference,
    statement_examples,
    type_problem,
)

from .conftest import PROBLEMS


@pytest.mark.parametrize("value, tp", [
    ("a", str), (3, int), (3, float), (2.5, float), ([1, 2], list[int]),
    ((1.0, [1, 2]), tuple[float, list[int]]), ({"a": 1}, dict[str, int]), (None, int | None),
    ((1, 2, 3), tuple[int, ...]), ({1}, set[int]),
])
def test_instances_pass(value: Any, tp: Any) -> None:
    assert type_problem(value, tp) is None


@pytest.mark.parametrize("value, tp, words", [
    (3.0, int, "a float is not an int"),
    (True, int, "bool"),
    (Opaque("numpy.int64", "3"), int, "convert it with int(...)"),
    (Opaque("generator", "<generator>"), list[str], "return list(...)"),
    ((1, 2), list[int], "return list(...)"),
    ([1, "x"], list[int], "the result[1] is str"),
    ((1.0,), tuple[float, list[int]], "expected a tuple of 2"),
    ({"a": "1"}, dict[str, int], "the result['a'] is str"),
])
def test_type_problems_say_how_to_convert(value: Any, tp: Any, words: str) -> None:
    problem = type_problem(value, tp)
    assert problem is not None and words in problem


def test_check_type_raises_wrong_answer_naming_the_call() -> None:
    with pytest.raises(WrongAnswer) as info:
        check_type(3841.0, int, "f([1])")
    assert info.value.call == "f([1])" and "wrong return type" in info.value.reason


def test_floats_compare_within_tolerance() -> None:
    assert first_difference(1.0 + 1e-12, 1.0) is None
    assert first_difference(math.inf, math.inf) is None
    assert first_difference(math.nan, math.nan) is None
    assert "off by" in (first_difference(1.001, 1.0) or "")
    assert first_difference([1.0, 2.0], [1.0, 2.0 + 1e-13]) is None


def test_first_difference_points_at_the_place() -> None:
    assert first_difference([1, 2, 3], [1, 2, 4]) == "the result[2] is 3, expected 4"
    assert first_difference([1], [1, 2]) == "the result has 1 item, expected 2"
    assert "lacks the key 'b'" in (first_difference({"a": 1}, {"a": 1, "b": 2}) or "")
    assert "is str, expected int" in (first_difference("1", 1) or "")


def test_expect_equal_reports_expected_and_actual() -> None:
    with pytest.raises(WrongAnswer) as info:
        expect_equal("b", "a", call="f()", returns=str)
    assert (info.value.expected, info.value.actual) == ("'a'", "'b'")


def test_statement_examples_are_parsed_as_calls() -> None:
    examples = statement_examples(PROBLEMS / "most_played_track" / "tests" / "x.py")
    assert [e.expected for e in examples] == ["t1", "b", "solo"]
    assert examples[0].args == (["t1", "t2", "t1"],)


def test_float_lists_report_the_largest_errors() -> None:
    with pytest.raises(WrongAnswer) as info:
        expect_equal([0.1, 0.2, 0.35, 0.3], [0.1, 0.21, 0.3, 0.3], call="f()")
    assert "the result[1] is 0.2, expected 0.21" in info.value.reason
    assert "largest abs error 0.05 at the result[2]" in info.value.reason
    assert "largest rel error 0.167 at the result[2]" in info.value.reason


def test_arrays_report_the_worst_entry_never_the_whole_array() -> None:
    import numpy as np

    from judge.plaindata import to_plain

    want = np.linspace(0, 1, 1000)
    got = want.copy()
    got[[10, 700]] += [1e-3, 5e-2]
    text = first_difference(to_plain(got), want, rel=0, abs_tol=1e-8) or ""
    assert text.startswith("2 of 1000 entries are off; the worst is the result[700]")
    assert "abs error 0.05" in text and len(text) < 400
    assert "has shape (3,), expected (1000,)" in (
        first_difference(to_plain(np.zeros(3)), want) or "")
