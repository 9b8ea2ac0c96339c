"""What a Wrong Answer shows: a minimal input, expected and actual, the same every run."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from judge.grading.verdicts import Verdict

from .conftest import PROBLEMS, grade

pytestmark = pytest.mark.slow
TIES_BY_ID = PROBLEMS / "most_played_track" / "planted" / "wrong_answer" / "ties_by_id.py"


def test_tie_by_id_gets_a_minimal_tie_input_every_time(tmp_path: Path) -> None:
    first = grade("most_played_track", TIES_BY_ID, tmp_path)
    second = grade("most_played_track", TIES_BY_ID, tmp_path)
    assert first.verdict is Verdict.WRONG_ANSWER
    failure = first.failure
    assert failure is not None and failure.call is not None
    assert failure.call.startswith("most_played_track(")
    (plays,) = ast.literal_eval(failure.call.removeprefix("most_played_track")[1:-1] + ",")
    assert 2 <= len(plays) <= 3, plays
    assert len(set(plays)) < len(plays) or len(set(plays)) == len(plays) == 2  # a tie
    assert failure.expected == repr(plays[0])  # the first track played wins the tie
    assert failure.actual == repr(min(plays))  # the smallest id is what it returned
    assert second.failure is not None and second.failure.call == failure.call


def test_mutation_is_named(tmp_path: Path) -> None:
    sorts = PROBLEMS / "most_played_track" / "planted" / "wrong_answer" / "sorts_input.py"
    result = grade("most_played_track", sorts, tmp_path)
    assert result.verdict is Verdict.WRONG_ANSWER
    assert result.failure is not None and "changed its input" in result.failure.reason
    assert "'plays'" in result.failure.reason
