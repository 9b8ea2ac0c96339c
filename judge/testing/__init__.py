"""Helpers for hidden tests: the submission proxy, type checks, comparison, examples.

A problem's hidden tests receive two session fixtures from :mod:`judge.grading.plugin`:

    solution    a :class:`Solution`; ``solution(*args)`` calls the entry point
                in the worker and returns plain data (or raises an outcome)
    reference   the reference's entry point, imported in the grading process

and compare with :func:`agree`, :func:`expect_equal`, :func:`expect_raises`,
or check validity themselves (:func:`returned` gives a value of the stub's
type) and :func:`fail` with a reason.

What a package would otherwise repeat in every test lives in the package:

- the statement's ``>>>`` examples are test items of their own
  (``test_statement_example[exampleN]``, collected by the plugin); each is
  checked by ``check_example(solution, reference, *args, **kwargs)`` when a
  test module (or tests/checks.py) defines one, else by :func:`agree`;
- the result's type is the return annotation of the stub's entry point;
- the comparison (float tolerances; order exact, set or ranking) is the
  ``[compare]`` table of problem.toml;
- a table of hand-picked cases is one line per case: :func:`cases` (each
  checked with ``agree`` or a package's check) and :func:`raising`; the
  property "agrees with the reference on every drawn input" is :func:`agrees`;
- ``agree(..., explain=f)`` adds ``f(*args, **kwargs)`` (the quantities
  recomputed from the spec) to the reason when the values differ.
"""

from __future__ import annotations

from judge.grading.outcomes import SubmissionRaised, WrongAnswer
from judge.isolation.wire import SeededRandom, Sparse, Stream, safe_repr
from judge.testing.cases import Call, agrees, cases, raising
from judge.testing.compare import (
    ABS_TOL,
    REL_TOL,
    agree,
    array_difference,
    as_array,
    call_reference,
    expect_equal,
    expect_raises,
    expect_ranking,
    fail,
    first_difference,
    float_errors,
    returned,
    sparse_difference,
    worst_float_errors,
)
from judge.testing.examples import Example, statement_examples
from judge.testing.proxy import (
    RemoteObject,
    Solution,
    Transcript,
    as_code,
    instance_name,
    pasteable,
    run_machine,
)
from judge.testing.randomized import expect_frequencies, expect_uniform
from judge.testing.types import check_type, stub_returns, type_problem

__all__ = [
    "ABS_TOL", "REL_TOL", "Call", "Example", "RemoteObject", "SeededRandom", "Solution",
    "Sparse", "Stream", "SubmissionRaised", "Transcript", "WrongAnswer", "agree", "agrees",
    "array_difference", "as_array", "as_code", "call_reference", "cases", "check_type",
    "expect_equal", "expect_frequencies", "expect_raises", "expect_ranking", "expect_uniform",
    "fail", "first_difference", "float_errors", "instance_name", "pasteable", "raising",
    "returned", "run_machine", "safe_repr", "sparse_difference", "statement_examples",
    "stub_returns", "type_problem", "worst_float_errors",
]
