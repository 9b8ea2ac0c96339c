"""What a report says about a failure is true and speaks the candidate's language.

Over the reports of every planted file of every package (graded once per
session, see conftest.planted_report): no harness name or object address
reaches a message, and every line shown as "Reproduce", pasted into Python
with the submission imported, gives the value the report shows as "Got" (or
raises what it says). Then, graded here, the three kinds of evidence the
judge re-runs before it shows them: a statistical test's batch of seeded
calls, a call sequence on objects, and a numpy input.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from judge.grading.verdicts import Failure, Verdict
from judge.packages.verify import VerifyItem, VerifyReport
from judge.ui.results import failure_json, show_check

from .conftest import PROBLEMS, grade

HARNESS = re.compile(r"judge\.|object at 0x")
PASTED = Path(__file__).with_name("pasted.py")


def failed_items(report: VerifyReport) -> list[VerifyItem]:
    return [item for item in report.items
            if item.result.failure is not None and item.result.verdict is not Verdict.ACCEPTED]


def rendered(item: VerifyItem) -> str:
    """The report as `judge check` prints it, and its JSON fields but the log."""
    console = Console(record=True, width=100, file=io.StringIO())
    show_check(console, item.result)
    failure = item.result.failure
    assert failure is not None
    fields = {k: v for k, v in failure_json(failure).items() if k != "log"}
    return console.export_text() + "\n" + json.dumps(fields, ensure_ascii=False)


@pytest.mark.slow
def test_no_harness_name_or_address_in_any_planted_report(planted_report: VerifyReport
                                                            ) -> None:
    items = failed_items(planted_report)
    assert len(items) > 150  # every package has planted failures
    leaks = []
    for item in items:
        text = rendered(item)
        for found in HARNESS.finditer(text):
            around = text[max(0, found.start() - 60):found.end() + 60].replace("\n", " ")
            leaks.append(f"{item.problem}/{item.file}: ...{around}...")
    assert leaks == []


def wanted(failure: Failure) -> str | None:
    """What the pasted code must give: the value shown as Got, or the exception named."""
    if failure.actual is not None:
        return failure.actual
    raised = re.match(r"raised (\w+)", failure.reason)
    return f"raised {raised.group(1)}" if raised else None


FLOAT = re.compile(r"-?\d+\.\d+(?:e[-+]?\d+)?")


def same_text(shown: str, want: str) -> bool:
    """The same printed value; floats may differ in their last bits (a BLAS that
    sums in another order in another process: 1e-16 apart, the same value)."""
    if shown == want:
        return True
    if FLOAT.split(shown) != FLOAT.split(want):
        return False
    pairs = zip(FLOAT.findall(shown), FLOAT.findall(want), strict=True)
    return all(math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12) for a, b in pairs)


def paste(items: list[tuple[Path, str]], hash_seed: int) -> list[str]:
    """What each code gives, pasted into Python with its file imported (tests/pasted.py)."""
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    done = subprocess.run(
        [sys.executable, str(PASTED)], input=json.dumps(
            [{"file": str(file), "code": code} for file, code in items]),
        capture_output=True, text=True, env=env, timeout=600, check=True)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    return [line["shown"] for line in sorted(lines, key=lambda line: line["index"])]


@pytest.mark.slow
def test_every_reproduce_line_gives_the_reported_value(planted_report: VerifyReport) -> None:
    checked: dict[int, list[tuple[VerifyItem, str]]] = {}
    for item in failed_items(planted_report):
        failure = item.result.failure
        assert failure is not None
        want = wanted(failure)
        if failure.reproduced and failure.call and want is not None:
            checked.setdefault(failure.hash_seed, []).append((item, want))
    assert sum(map(len, checked.values())) > 100
    wrong = []
    for seed, pairs in checked.items():
        got = paste([(PROBLEMS / item.problem / item.file, item.result.failure.call or "")
                     for item, _ in pairs], seed)
        for (item, want), shown in zip(pairs, got, strict=True):
            if not same_text(shown, want):
                wrong.append(f"{item.problem}/{item.file}: pasted, it gives {shown[:200]},"
                             f" the report shows {want[:200]}")
    assert wrong == []


@pytest.mark.slow
def test_planted_sequences_are_short(planted_report: VerifyReport) -> None:
    """A stateful failure shows the few calls it needs (CountMinSketch's merge and
    hash-function mistakes included), never a test's whole run of calls."""
    long = []
    for item in failed_items(planted_report):
        failure = item.result.failure
        assert failure is not None
        if failure.call and failure.reproduced is not None:
            lines = [line for line in failure.call.splitlines() if not line.startswith(
                ("import ", "from "))]
            if len(lines) > 12:
                long.append(f"{item.problem}/{item.file}: {len(lines)} lines")
    assert long == []


# -- the evidence the judge re-runs, one kind at a time ------------------------------

RESERVOIR_DUPLICATES = '''
def reservoir_sample(stream, k, rng):
    """Algorithm R, then now and then a copy of the first slot in the second."""
    if k < 0:
        raise ValueError("negative k")
    sample = []
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            j = rng.randint(0, i)
            if j < k:
                sample[j] = item
    if k >= 2 and len(sample) >= 2 and rng.random() < 0.01:
        sample[1] = sample[0]
    return sample
'''


def pasted_value(source: Path, failure: Failure) -> str:
    assert failure.call is not None
    (shown,) = paste([(source, failure.call)], failure.hash_seed)
    return shown


@pytest.mark.slow
def test_a_statistical_failure_shows_the_seeded_call_that_gave_its_value(
        tmp_path: Path) -> None:
    """A statistical test checks 2,000 seeded calls made in one batch: the line shown
    is the call that returned the invalid sample, not the batch's last call."""
    source = tmp_path / "submission.py"
    source.write_text(RESERVOIR_DUPLICATES)
    failure = grade("reservoir_sample", source, tmp_path).failure
    assert failure is not None and failure.actual is not None
    assert "more often than in the stream" in failure.reason
    assert failure.reproduced is True
    assert failure.call is not None and "random.Random(" in failure.call
    assert "random.Random(1999)" not in failure.call  # the batch's last seed
    assert failure.input is not None and failure.input.startswith("stream=")
    assert pasted_value(source, failure) == failure.actual


def planted(report: VerifyReport, problem: str, file: str) -> Failure:
    (item,) = [i for i in report.items if i.problem == problem and i.file == file]
    assert item.result.failure is not None
    return item.result.failure


@pytest.mark.slow
def test_a_class_failure_shows_a_short_sequence_that_gives_its_value(
        planted_report: VerifyReport) -> None:
    for problem, file in [("LRUTrackCache", "planted/wrong_answer/get_does_not_refresh.py"),
                          ("CountMinSketch", "planted/wrong_answer/merge_misaligned.py"),
                          ("CountMinSketch", "planted/wrong_answer/builtin_hash.py")]:
        failure = planted(planted_report, problem, file)
        assert failure.reproduced is True, (file, failure.note)
        assert failure.call is not None and failure.actual is not None
        lines = failure.call.splitlines()
        assert 2 < len(lines) <= 12 and lines[0].endswith(")") and " = " in lines[0]
        assert failure.input is None  # the sequence is the input
        assert pasted_value(PROBLEMS / problem / file, failure) == failure.actual
    # the same sketch under another hash seed: the report says which
    assert "PYTHONHASHSEED=1234" in planted(planted_report, "CountMinSketch",
                                            "planted/wrong_answer/builtin_hash.py").note


CONSTRUCTOR_ACCEPTS_ZERO = '''
from collections import OrderedDict


class LRUTrackCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, track_id):
        if track_id not in self.items:
            return None
        self.items.move_to_end(track_id)
        return self.items[track_id]

    def put(self, track_id, audio):
        self.items[track_id] = audio
        self.items.move_to_end(track_id)
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)

    def __len__(self):
        return len(self.items)
'''


@pytest.mark.slow
def test_an_object_prints_as_the_call_that_made_it(tmp_path: Path) -> None:
    failure = grade("LRUTrackCache", CONSTRUCTOR_ACCEPTS_ZERO, tmp_path).failure
    assert failure is not None
    assert failure.reason == ("capacity 0 should raise ValueError, but your code made the"
                              " object")
    assert failure.call == "cache = LRUTrackCache(0)" and failure.reproduced is True


@pytest.mark.slow
def test_a_numpy_input_is_shown_by_name_and_as_code_that_rebuilds_it(
        planted_report: VerifyReport) -> None:
    file = "planted/wrong_answer/negative_ids_wrap.py"
    failure = planted(planted_report, "sgd_mf_epoch", file)
    assert failure.input is not None
    assert re.fullmatch(r"ratings=\[.*\], P=np\.array\(.*\), Q=np\.array\(.*\), lr=[\d.]+,"
                        r" reg=[\d.]+", failure.input), failure.input
    assert failure.call is not None and failure.call.startswith("import numpy as np; ")
    assert failure.reproduced is True
    # it should have raised, and returned new factors: pasted, it returns them too
    assert pasted_value(PROBLEMS / "sgd_mf_epoch" / file, failure).startswith("(array(")
    with_values = [i.result.failure for i in failed_items(planted_report)
                   if i.problem == "sgd_mf_epoch" and i.result.failure is not None
                   and i.result.failure.actual and i.result.failure.reproduced]
    assert with_values, "an sgd_mf_epoch mistake whose Got the pasted line gives"


@pytest.mark.slow
def test_a_failure_that_no_single_call_shows_says_so(planted_report: VerifyReport) -> None:
    """Randomness from the random module: the same call gives another sample each
    time, so the report shows the calls, says why, and does not call it a reproduction."""
    failure = planted(planted_report, "reservoir_sample", "planted/wrong_answer/global_random.py")
    assert failure.reproduced is False
    assert "whole sequence" in failure.note
    console = Console(record=True, width=200, file=io.StringIO())
    item = next(i for i in planted_report.items if i.problem == "reservoir_sample"
                and i.file.endswith("global_random.py"))
    show_check(console, item.result)
    text = console.export_text()
    assert "Reproduce" not in text and "Calls:" in text


FIRST_CALL_WRONG = '''
from collections import Counter

calls = 0


def most_played_track(plays):
    """Right, except the first call in a process: state kept between calls."""
    global calls
    calls += 1
    if not plays:
        raise ValueError("no plays")
    counts = Counter(plays)
    best = max(counts.values())
    answer = next(p for p in plays if counts[p] == best)
    return "" if calls == 1 else answer
'''


@pytest.mark.slow
def test_a_line_whose_result_changes_from_run_to_run_is_not_called_a_reproduction(
        tmp_path: Path) -> None:
    """Its first run in a fresh process gives what the report shows, the next run
    there does not: pasted twice, it would not give the report's value both times,
    so the report says that the result changes, as it would for unseeded randomness."""
    failure = grade("most_played_track", FIRST_CALL_WRONG, tmp_path).failure
    assert failure is not None and failure.actual == "''"
    assert failure.reproduced is False
    assert "changes from run to run" in failure.note
    assert f"run again it returned {failure.expected}" in failure.note


# -- the pieces, without grading ---------------------------------------------------

def test_an_address_never_crosses_the_wire() -> None:
    from judge.isolation.wire import Opaque

    assert repr(Opaque("Sketch", "<solution.Sketch object at 0x7f3a2c1d>")) == "<Sketch object>"
    assert "0x" not in repr(Opaque("generator", "<generator object f at 0x7f3a2c1d>"))


def test_a_value_a_test_did_not_give_is_not_shown() -> None:
    from judge.grading.outcomes import WrongAnswer

    assert WrongAnswer("no value", call="f()", actual=[1]).details()["expected"] is None
    assert WrongAnswer("None is", call="f()", expected=None, actual=[1]).details()[
        "expected"] == "None"


def test_arrays_show_alike_on_both_sides() -> None:
    import numpy as np

    from judge.grading.outcomes import WrongAnswer
    from judge.isolation.wire import Array

    raw = np.array([[0.5], [1 / 3]])
    crossed = Array(raw.dtype.str, raw.shape, raw.tobytes())
    shown = WrongAnswer("off", call="f()", expected=(raw, 1), actual=(crossed, 1)).details()
    assert shown["expected"] == shown["actual"] == "(array([[0.5], [0.3333333333333333]]), 1)"


def test_matching_a_re_run_with_the_report() -> None:
    from judge.testing.proxy import Observed
    from judge.testing.reproduce import matches

    assert matches(Observed("value", "[1, 3]"), Observed("value", "[1, 3]"))
    assert not matches(Observed("value", "[1, 3]"), Observed("value", "[1, 1]"))
    assert matches(Observed("raised", "KeyError"), Observed("raised", "KeyError"))
    assert not matches(Observed("raised", "NameError"), None)  # code that does not run
    assert matches(Observed("object", "<Sketch object>"), Observed("value", "<Sketch object>"))
    assert not matches(None, Observed("value", "1"))


def test_runs_that_differ_are_named() -> None:
    from judge.testing.proxy import Observed
    from judge.testing.reproduce import _varies

    one, two = Observed("value", "1"), Observed("value", "2")
    assert _varies([one, one, one], one) == ""
    assert _varies([one], None) == ""
    assert "run again it returned 2: the result changes" in _varies([one, one, two], one)
    assert "run again it raised KeyError" in _varies([one, Observed("raised", "KeyError")],
                                                     None)


def test_verify_shows_the_traceback_of_a_judge_error() -> None:
    """A package author whose file got Judge Error sees why: the harness's last lines."""
    from judge.grading.outcomes import Kind
    from judge.grading.verdicts import CheckResult
    from judge.ui.results import show_verify_item

    log = ('  File "judge/speed/measure.py", line 839, in _measure_size\n'
           "ValueError: math domain error\n")
    failure = Failure(Kind.JUDGE_ERROR, "the judge itself failed while grading", log=log)
    result = CheckResult("artist_spread", "reference.py", Verdict.JUDGE_ERROR,
                         "Judge Error: the judge itself failed while grading", failure)
    console = Console(file=io.StringIO(), width=200)
    show_verify_item(console, VerifyItem("artist_spread", "reference.py", "accepted", result))
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "FAIL" in out and "ValueError: math domain error" in out and "line 839" in out
