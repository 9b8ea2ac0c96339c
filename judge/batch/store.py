"""The results store of `judge grade`: SQLite, one row per graded submission.

    results(submission_sha256, package_sha256, judge_version)   primary key
            problem, who, file, verdict, ratio, seconds, result (check JSON),
            graded_at, times_stored

A result is written in its own transaction the moment it arrives (WAL mode, a
busy timeout), so an interrupted run loses at most the checks that were still
running. The key makes a run idempotent: a submission whose bytes, problem
package and judge version are unchanged is not graded again; a change to any
of them is a new key. ``times_stored`` counts how often a key was written (1
unless two runs raced for it), which the tests read to prove no duplicates.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from judge import __version__
from judge.errors import JudgeError

SKIPPED_PARTS = {"__pycache__", ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"}

SCHEMA = """
create table if not exists results (
    submission_sha256 text not null,
    package_sha256 text not null,
    judge_version text not null,
    problem text not null,
    who text not null,
    file text not null,
    verdict text not null,
    ratio real,
    seconds real not null,
    result text not null,
    graded_at text not null,
    times_stored integer not null default 1,
    primary key (submission_sha256, package_sha256, judge_version)
)
"""


class StoreError(JudgeError):
    """The results store cannot be opened or written: the message names the file."""


@dataclass(frozen=True)
class Key:
    submission_sha256: str
    package_sha256: str
    judge_version: str = __version__


def package_files(folder: Path) -> list[Path]:
    """The files of a problem package that count for its hash, sorted."""
    return sorted(path for path in folder.rglob("*")
                  if path.is_file() and not SKIPPED_PARTS.intersection(path.parts)
                  and path.suffix != ".pyc")


def package_hash(folder: Path) -> str:
    """sha256 over the package's files (relative path and bytes), in sorted order."""
    digest = hashlib.sha256()
    for path in package_files(folder):
        data = path.read_bytes()
        digest.update(f"{path.relative_to(folder).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


class ResultStore:
    """One SQLite file; a short-lived connection per call, so threads may share it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.execute("pragma journal_mode=wal")
                db.execute(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{path}: cannot open the results store ({exc})") from None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=30.0, isolation_level=None)) as db:
            db.execute("pragma busy_timeout=30000")
            yield db

    def get(self, key: Key) -> dict[str, Any] | None:
        """The check JSON stored under ``key``, or None."""
        with self._connect() as db:
            row = db.execute(
                "select result from results where submission_sha256=? and package_sha256=?"
                " and judge_version=?",
                (key.submission_sha256, key.package_sha256, key.judge_version)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, key: Key, who: str, result: dict[str, Any]) -> None:
        """Store one check's JSON, in one transaction (a second write counts, keeps the first)."""
        speed = result.get("speed") or {}
        try:
            with self._connect() as db:
                db.execute("begin immediate")
                db.execute(
                    "insert into results (submission_sha256, package_sha256, judge_version,"
                    " problem, who, file, verdict, ratio, seconds, result, graded_at)"
                    " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " on conflict do update set times_stored = times_stored + 1",
                    (key.submission_sha256, key.package_sha256, key.judge_version,
                     result["problem"], who, result["submission"], result["verdict"],
                     speed.get("ratio"), result["seconds"], json.dumps(result),
                     datetime.now(UTC).isoformat(timespec="seconds")))
                db.execute("commit")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot store a result ({exc})") from None

    def counts(self) -> dict[Key, int]:
        """How often each key was stored (for checks of exactly-once)."""
        with self._connect() as db:
            rows = db.execute("select submission_sha256, package_sha256, judge_version,"
                              " times_stored from results").fetchall()
        return {Key(a, b, c): n for a, b, c, n in rows}
