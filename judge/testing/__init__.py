"""Helpers for hidden tests: the submission proxy, type checks, comparison, examples.

A problem's hidden tests receive two session fixtures from :mod:`judge.grading.plugin`:

    solution    a :class:`Solution`; ``solution(*args)`` calls the entry point
                in the worker and returns plain data (or raises an outcome)
    reference   the reference's entry point, imported in the grading process

and compare with :func:`agree`, :func:`expect_equal`, :func:`expect_raises`,
or check validity themselves and raise :class:`WrongAnswer` with a reason.
"""

from __future__ import annotations

from judge.grading.outcomes import SubmissionRaised, WrongAnswer
from judge.isolation.wire import SeededRandom, Sparse, Stream, safe_repr
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
    first_difference,
    float_errors,
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
from judge.testing.types import check_type, type_problem

__all__ = [
    "ABS_TOL", "REL_TOL", "Example", "RemoteObject", "SeededRandom", "Solution", "Sparse",
    "Stream", "SubmissionRaised", "Transcript", "WrongAnswer", "agree", "array_difference",
    "as_array", "as_code", "call_reference", "check_type", "expect_equal",
    "expect_frequencies", "expect_raises", "expect_ranking", "expect_uniform",
    "first_difference", "float_errors", "instance_name", "pasteable", "run_machine",
    "safe_repr", "sparse_difference", "statement_examples", "type_problem",
    "worst_float_errors",
]
