"""Type checks and comparisons the hidden tests rely on."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from judge.grading.outcomes import WrongAnswer
from judge.isolation.wire import Opaque
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

    from judge.isolation.wire import to_plain

    want = np.linspace(0, 1, 1000)
    got = want.copy()
    got[[10, 700]] += [1e-3, 5e-2]
    text = first_difference(to_plain(got), want, rel=0, abs_tol=1e-8) or ""
    assert text.startswith("2 of 1000 entries are off; the worst is the result[700]")
    assert "abs error 0.05" in text and len(text) < 400
    assert "has shape (3,), expected (1000,)" in (
        first_difference(to_plain(np.zeros(3)), want) or "")


def test_sparse_matrices_report_the_worst_entry() -> None:
    import numpy as np
    import scipy.sparse as sp

    from judge.isolation.wire import to_plain

    want = sp.random(300, 200, density=0.05, format="csr", random_state=4)
    assert first_difference(to_plain(want), want) is None
    assert first_difference(to_plain(want.tocoo()), want) is None  # format is the type's job
    got = want.copy()
    got.data[5] += 0.25
    text = first_difference(to_plain(got), want) or ""
    row, col = want.tocoo().row, want.tocoo().col
    coo = want.tocoo()
    position = np.flatnonzero((coo.row == got.tocoo().row) & (coo.data != got.tocoo().data))
    assert text.startswith("1 entries differ; the worst is the result[")
    assert f"[{int(row[position[0]])}, {int(col[position[0]])}]" in text
    assert "abs error 0.25" in text and len(text) < 400
    extra = want.tolil()
    extra[0, 0] = 7.0
    assert "expected 0.0" in (first_difference(to_plain(extra.tocsr()), want) or "")
    assert "has shape (2, 200)" in (first_difference(to_plain(want[:2]), want) or "")
    ints = sp.csr_matrix(np.array([[1, 0], [0, 2]], dtype=np.int64))
    assert "dtype float64, expected an int matrix" in (
        first_difference(to_plain(ints.astype(float)), ints) or "")
    assert "is numpy.ndarray, expected scipy.sparse.csr_matrix" in (
        first_difference(to_plain(ints.toarray()), ints) or "")


def test_sparse_type_checks_name_the_class() -> None:
    import numpy as np
    import scipy.sparse as sp

    from judge.isolation.wire import to_plain

    csr = sp.csr_matrix(np.eye(2))
    assert type_problem(to_plain(csr), sp.csr_matrix) is None
    assert "expected scipy.sparse.csr_matrix; convert it with scipy.sparse.csr_matrix" in (
        type_problem(to_plain(csr.tocoo()), sp.csr_matrix) or "")
    assert "expected scipy.sparse.csr_matrix" in (
        type_problem(to_plain(sp.csr_array(csr)), sp.csr_matrix) or "")


def test_rankings_by_computed_scores_allow_near_ties_only() -> None:
    from judge.testing import expect_ranking

    score = {"a": 0.5, "b": 0.5 * (1 + 1e-12), "c": 0.4, "d": 0.4}
    expect_ranking(["b", "a", "c"], ["a", "b", "c"], score, call="f()")  # a near-tie swaps
    expect_ranking(["a", "b", "d"], ["a", "b", "c"], score, call="f()")  # either at the cut
    with pytest.raises(WrongAnswer, match=r"the result\[0\] is 'c' with score 0.4, expected"):
        expect_ranking(["c", "a", "b"], ["a", "b", "c"], score, call="f()")
    with pytest.raises(WrongAnswer, match="must not be in the result"):
        expect_ranking(["a", "b", "x"], ["a", "b", "c"], score, call="f()")
    with pytest.raises(WrongAnswer, match="appears twice"):
        expect_ranking(["a", "a", "c"], ["a", "b", "c"], score, call="f()")
    with pytest.raises(WrongAnswer, match="has 2 items, expected 3"):
        expect_ranking(["a", "b"], ["a", "b", "c"], score, call="f()")


def test_objects_passed_to_each_other_share_one_transcript(tmp_path: Path) -> None:
    """``sketch.merge(other)`` with two proxies: the worker merges the real objects,
    and the code shown for either names both, in the order the calls ran."""
    from judge.packages.format import load_problem
    from judge.testing import Solution

    problem = load_problem(PROBLEMS / "CountMinSketch")
    solution = Solution(problem, problem.path / "reference.py", tmp_path / "worker")
    try:
        sketch = solution(100, 2, 0)
        sketch.add("a", 2)
        alone = solution(100, 2, 0)
        assert str(solution.last_call) == "sketch = CountMinSketch(100, 2, 0)"
        other = solution(100, 2, 0)
        other.add("a", 3)
        assert sketch.merge(other) is None
        assert sketch.estimate("a") == 5 and other.estimate("a") == 3
        assert str(solution.last_call).splitlines() == [
            "sketch = CountMinSketch(100, 2, 0)", "sketch.add('a', 2)",
            "sketch2 = CountMinSketch(100, 2, 0)", "sketch2.add('a', 3)",
            "sketch.merge(sketch2)", "sketch.estimate('a')", "sketch2.estimate('a')"]
        assert alone.estimate("a") == 0
        assert str(solution.last_call).splitlines() == [
            "sketch = CountMinSketch(100, 2, 0)", "sketch.estimate('a')"]
        twin = solution.with_hash_seed(1)(100, 2, 0)
        with pytest.raises(ValueError, match="another worker"):
            sketch.merge(twin)
    finally:
        solution.close()


def test_a_pasteable_call_builds_its_matrices_with_the_imports_it_needs() -> None:
    import numpy as np
    import scipy.sparse as sp

    from judge.grading.outcomes import Call
    from judge.testing import as_code

    R = sp.csr_matrix(([3, 0], [0, 1], [0, 2]), shape=(1, 2))
    call = Call("sweep", (R, np.ones((1, 2)), 0.1), {"alpha": 2.0})
    code = as_code(call)
    assert code == ("import numpy as np; from scipy.sparse import csr_matrix; sweep(csr_matrix("
                    "([3, 0], [0, 1], [0, 2]), shape=(1, 2)), np.array([[1.0, 1.0]]), 0.1,"
                    " alpha=2.0)")
    names: dict[str, Any] = {}
    exec(code.rsplit("; ", 1)[0], names)  # the imports run
    big = Call("sweep", (np.ones((100, 100)),), {})
    assert as_code(big) == str(big)  # numpy's abbreviated repr is no code to paste
    assert as_code("f(1)") == "f(1)"


class _Fake:
    """Just enough of a Solution for agree(): a problem, a call and its record."""

    def __init__(self, problem: Any, answer: Any) -> None:
        self.problem, self.answer, self.last_call = problem, answer, None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.last_call = f"f{args!r}"
        return self.answer


def _problem(order: str) -> Any:
    import dataclasses

    from judge.packages.format import CompareSpec, load_problem

    problem = load_problem(PROBLEMS / "top_k_tracks")
    return dataclasses.replace(problem, compare=CompareSpec(order=order))


def test_agree_compares_a_set_in_any_order_but_not_other_items() -> None:
    from judge.testing import agree

    def reference(plays: list[str], k: int) -> list[str]:
        return ["a", "b"]

    assert agree(_Fake(_problem("set"), ["b", "a"]), reference, ["a"], 2) == ["b", "a"]
    with pytest.raises(WrongAnswer):
        agree(_Fake(_problem("exact"), ["b", "a"]), reference, ["a"], 2)
    with pytest.raises(WrongAnswer, match="the result\\[1\\] is 'c'"):
        agree(_Fake(_problem("set"), ["c", "a"]), reference, ["a"], 2)
    with pytest.raises(WrongAnswer, match="wrong return type"):  # the stub says list[str]
        agree(_Fake(_problem("set"), ("a", "b")), reference, ["a"], 2)


def test_agree_by_ranking_needs_the_scores() -> None:
    from judge.testing import agree

    def reference(plays: list[str], k: int) -> list[str]:
        return ["a", "b"]

    scores = {"a": 1.0, "b": 1.0 + 1e-12, "c": 0.5}
    assert agree(_Fake(_problem("ranking"), ["b", "a"]), reference, [], 2, score=scores)
    with pytest.raises(WrongAnswer, match=r"score 0\.5"):
        agree(_Fake(_problem("ranking"), ["a", "c"]), reference, [], 2, score=scores)
    with pytest.raises(ValueError, match="score="):
        agree(_Fake(_problem("ranking"), ["a", "b"]), reference, [], 2)


def test_the_return_type_is_the_stubs_annotation() -> None:
    from judge.packages.format import load_problem
    from judge.testing import stub_returns

    assert stub_returns(load_problem(PROBLEMS / "top_k_tracks")) == list[str]
    cache = load_problem(PROBLEMS / "LRUTrackCache")
    assert stub_returns(cache) is Any  # a class: its methods, one by one
    assert stub_returns(cache, "get") == bytes | None
    assert stub_returns(cache, "__len__") is int
