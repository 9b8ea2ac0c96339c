"""What `judge grade` writes into ``--out``::

    OUT/
      results.db                           the results store (judge.batch.store)
      results.csv                          one row per submission: who, problem,
                                           verdict, ratio, seconds, sha256, file
      results.jsonl                        one check JSON per line (schema v2, "kind": "check")
      gradescope/<who>/<problem>/results.json   Gradescope's autograder format

Gradescope's results.json (gradescope-autograders.readthedocs.io, "Autograder
Specifications"): a top-level ``score``, ``execution_time`` (seconds),
``output``, ``visibility``, ``stdout_visibility``, ``extra_data`` and
``tests``, each test with ``name``, ``score``, ``max_score``, ``status``
("passed" or "failed"), ``output`` and ``visibility``. A submission scores two
points: correctness (every hidden test passed: Accepted or Too Slow) and speed
(Accepted). The verdict, ratio and hash go in ``extra_data``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.batch.sources import Submission

CSV_COLUMNS = ("who", "problem", "verdict", "ratio", "seconds", "sha256", "file")
CORRECT = ("Accepted", "Too Slow")


@dataclass(frozen=True)
class Row:
    """A submission of the batch and its check JSON."""

    submission: Submission
    result: dict[str, Any]

    @property
    def ratio(self) -> float | None:
        speed = self.result.get("speed") or {}
        ratio = speed.get("ratio")
        return float(ratio) if ratio is not None else None


def write_outputs(out: Path, rows: Iterable[Row]) -> None:
    """The CSV, the JSONL and a Gradescope results.json per submission."""
    rows = list(rows)
    out.mkdir(parents=True, exist_ok=True)
    _atomic(out / "results.csv", _csv(rows))
    _atomic(out / "results.jsonl", "".join(json.dumps(row.result, ensure_ascii=False) + "\n"
                                           for row in rows))
    for row in rows:
        folder = out / "gradescope" / _safe(row.submission.who) / row.submission.problem.slug
        folder.mkdir(parents=True, exist_ok=True)
        _atomic(folder / "results.json", json.dumps(gradescope(row.result), indent=2,
                                                    ensure_ascii=False) + "\n")


def _csv(rows: list[Row]) -> str:
    lines: list[list[str]] = [list(CSV_COLUMNS)]
    for row in rows:
        ratio = row.ratio
        lines.append([row.submission.who, row.submission.problem.slug, row.result["verdict"],
                      "" if ratio is None else f"{ratio:.3f}", f"{row.result['seconds']:.3f}",
                      row.result["sha256"] or row.submission.sha256, str(row.submission.path)])
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(lines)
    return buffer.getvalue()


def gradescope(result: dict[str, Any]) -> dict[str, Any]:
    """A check's JSON as Gradescope's results.json of one submission."""
    verdict = result["verdict"]
    speed = result.get("speed")
    failure = result.get("failure") or {}
    correct = verdict in CORRECT
    correctness = [f"{result['tests_passed']} of {result['tests_total']} hidden tests passed"]
    if not correct:
        correctness.append(f"{verdict}: {failure.get('reason') or result['summary']}")
        for label, key in (("Call", "call"), ("Expected", "expected"), ("Got", "actual")):
            if failure.get(key):
                correctness.append(f"{label}: {failure[key]}")
    if speed is not None:
        speed_text = speed["summary"]
    elif correct:
        speed_text = "no speed phase for this problem"
    else:
        speed_text = "not measured: the submission is not correct"
    tests = [
        {"name": "Correctness: the hidden tests", "score": 1.0 if correct else 0.0,
         "max_score": 1.0, "status": "passed" if correct else "failed",
         "output": "\n".join(correctness), "visibility": "visible"},
        {"name": "Speed against the reference", "score": 1.0 if verdict == "Accepted" else 0.0,
         "max_score": 1.0, "status": "passed" if verdict == "Accepted" else "failed",
         "output": speed_text, "visibility": "visible"},
    ]
    return {
        "score": sum(test["score"] for test in tests),
        "execution_time": round(float(result["seconds"])),
        "output": f"{verdict}: {result['summary']}",
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "extra_data": {"verdict": verdict, "verdict_slug": result["verdict_slug"],
                       "ratio": speed.get("ratio") if speed else None,
                       "sha256": result["sha256"], "problem": result["problem"]},
        "tests": tests,
    }


def _safe(name: str) -> str:
    """A folder name from a submitter's name (a manifest may hold anything)."""
    return re.sub(r"[^\w.@-]+", "_", name).strip(".") or "_"


def _atomic(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
