"""The --json outputs of check, status and verify validate against the documented
schema (judge/schema/results-v2.json), from real runs of the commands."""

from __future__ import annotations

import copy
import dataclasses
import json
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from judge.cli import main
from judge.grading.verdicts import PreviousCheck, Verdict
from judge.packages.verify import VerifyItem, VerifyReport
from judge.practice.history import History, HistoryWarning, RoundEntry
from judge.practice.status import summarize
from judge.ui import results as render

from .conftest import PROBLEMS
from .test_history import result

SCHEMA = json.loads(render.SCHEMA_FILE.read_text())
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def valid(data: dict[str, Any]) -> dict[str, Any]:
    errors = sorted(VALIDATOR.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    return data


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def run_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main(argv)
    return code, json.loads(capsys.readouterr().out)


def test_check_json_of_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("JUDGE_NO_SPEED", "1")
    wrong = tmp_path / "wrong.py"
    wrong.write_text("def most_played_track(plays):\n    return plays[-1]\n")
    code, data = run_json(["--problems", str(PROBLEMS), "check", "most_played_track",
                           "--file", str(wrong), "--json"], capsys)
    assert code == 1
    valid(data)
    assert data["kind"] == "check" and data["verdict_slug"] == "wrong_answer"
    assert data["failure"]["call"] == "most_played_track([])"


def test_status_json(capsys: pytest.CaptureFixture[str]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HistoryWarning)
        history = History()
        history.record_check(result(verdict=Verdict.TOO_SLOW, ratio=7.5))
        history.record_check(result(ratio=1.1))
        history.next_hint("most_played_track", 3)
        history.record_reveal("top_k_tracks")
        round_id = history.start_round(45, Path("/rounds/1"), ["most_played_track", "rmse"])
        history.finish_round(round_id, [RoundEntry("most_played_track", Verdict.ACCEPTED, 80.0,
                                                   2, 1.1),
                                        RoundEntry("rmse", None, None, 0, None)])
        history.start_round(30, Path("/rounds/2"), ["top_k_tracks"])  # never finished
    code, data = run_json(["--problems", str(PROBLEMS), "status", "--json"], capsys)
    assert code == 0
    valid(data)
    assert data["solved"] == 1 and data["rounds"][1]["ended"] is None
    valid(render.status_json(summarize([], [], {}, {})))


def test_verify_json_of_a_new_package(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--problems", str(tmp_path), "new", "skip_rate"]) == 0
    capsys.readouterr()
    code, data = run_json(["--problems", str(tmp_path), "verify", "--json"], capsys)
    assert code == 1 and not valid(data)["ok"]


def test_verify_json_with_graded_items() -> None:
    items = (VerifyItem("most_played_track", "reference.py", "accepted", result()),
             VerifyItem("most_played_track", "stub.py", "not accepted",
                        result(verdict=Verdict.RUNTIME_ERROR)))
    valid(render.verify_json(VerifyReport(items, ("a package error",))))


@pytest.mark.parametrize("damage", ["no schema", "old version", "extra field", "bad verdict"])
def test_the_schema_rejects_what_it_does_not_document(damage: str) -> None:
    """The schema is not vacuous: each kind of drift is caught."""
    data = render.check_json(result())
    valid(data)
    broken = copy.deepcopy(data)
    if damage == "no schema":
        del broken["schema"]
    elif damage == "old version":
        broken["schema"] = 1
    elif damage == "extra field":
        broken["undocumented"] = True
    else:
        broken["verdict"] = "Almost"
    assert list(VALIDATOR.iter_errors(broken))


def test_check_json_with_a_previous_check_of_the_same_file() -> None:
    previous = PreviousCheck("/home/you/submissions/x.py", datetime.now(UTC), 2.0)
    data = valid(render.check_json(dataclasses.replace(result(ratio=1.0), previous=previous)))
    assert data["previous_check"]["submission"] == previous.submission
    assert data["previous_ratio"] == 2.0
    assert data["speed"]["compared_with_last"].startswith(
        "2.0x faster than your last timed check of submissions/x.py")
