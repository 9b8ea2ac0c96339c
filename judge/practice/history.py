"""The practice history: a local SQLite database, plus the last speed figures.

    <data dir>/history.db           every check, hint, reveal and interview round
    <data dir>/speed/<slug>.json    the last speed figures of a problem, in
                                    pytest-benchmark's saved-run layout
    <data dir>/rounds/<timestamp>/  interview round folders (judge.practice.interview)

The data dir is ``$JUDGE_DATA_DIR`` or the platform's user data dir
(platformdirs: ``~/.local/share/judge`` on Linux), outside the package and its
virtualenv, so a reinstall keeps it; ``$JUDGE_HISTORY`` names the database file
itself. The database (``PRAGMA user_version`` = SCHEMA_VERSION)::

    checks          one row per check: problem, at (UTC, ISO 8601), verdict slug,
                    ratio, slopes and growth verdict (speed), sha256 of the
                    submission, seconds, tests passed/total, submission path
                    (absolute), kind (check | round | round-final), round_id
    hints           problem -> number of hints shown
    reveals         one row per solution shown before the problem was solved
    rounds          one row per interview round (started, ended, minutes, folder)
    round_problems  a round's scorecard: one row per problem

Writes are one transaction each (BEGIN IMMEDIATE ... COMMIT, rolled back on any
exception, Ctrl-C included), in WAL mode with a busy timeout: two checks that
finish at once both land, one after the other. A file that is not a database,
or fails ``PRAGMA quick_check``, is moved aside as
``history.db.corrupt-<timestamp>`` (never deleted) with a one-line warning, and
a new history is started.

Problems the caller should report but survive raise :class:`HistoryUnavailable`;
notes for the user (a new or recovered database) are :class:`HistoryWarning`
warnings, which the CLI prints as one line on stderr.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import platformdirs

from judge.errors import JudgeError
from judge.grading.verdicts import CheckResult, PreviousCheck, Verdict
from judge.speed.measure import SpeedReport, to_benchmark_json

ENV_DATA = "JUDGE_DATA_DIR"
ENV_HISTORY = "JUDGE_HISTORY"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 30_000

CHECK_KINDS = ("check", "round", "round-final")

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS checks (
        id INTEGER PRIMARY KEY,
        problem TEXT NOT NULL,
        at TEXT NOT NULL,
        verdict TEXT NOT NULL,
        ratio REAL,
        slope REAL,
        reference_slope REAL,
        growth TEXT,
        sha256 TEXT NOT NULL,
        seconds REAL NOT NULL,
        tests_passed INTEGER NOT NULL,
        tests_total INTEGER NOT NULL,
        submission TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'check',
        round_id INTEGER REFERENCES rounds(id))""",
    "CREATE INDEX IF NOT EXISTS checks_by_problem ON checks(problem, at)",
    """CREATE TABLE IF NOT EXISTS hints (
        problem TEXT PRIMARY KEY,
        shown INTEGER NOT NULL,
        at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS reveals (
        id INTEGER PRIMARY KEY,
        problem TEXT NOT NULL,
        at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS rounds (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        ended TEXT,
        minutes REAL NOT NULL,
        folder TEXT NOT NULL,
        problems TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS round_problems (
        round_id INTEGER NOT NULL REFERENCES rounds(id),
        problem TEXT NOT NULL,
        verdict TEXT,
        first_accepted_s REAL,
        attempts INTEGER NOT NULL,
        ratio REAL,
        PRIMARY KEY (round_id, problem))""",
)

CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}

T = TypeVar("T")


class HistoryWarning(UserWarning):
    """A note about the history (a new or recovered database, a check not recorded)."""


class HistoryUnavailable(JudgeError):
    """The history database cannot be read or written (a read-only disk, a locked file):
    the message names the file; fix its folder's permissions or set $JUDGE_HISTORY."""


class _Corrupt(Exception):
    pass


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA)
    return Path(override) if override else Path(platformdirs.user_data_dir("judge"))


def history_path() -> Path:
    """$JUDGE_HISTORY, else <data dir>/history.db."""
    override = os.environ.get(ENV_HISTORY)
    return Path(override).expanduser() if override else data_dir() / "history.db"


def now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


# --- records -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckRecord:
    """One recorded check."""

    id: int
    problem: str
    at: datetime
    verdict: Verdict
    ratio: float | None
    slope: float | None
    reference_slope: float | None
    growth: str | None
    sha256: str
    seconds: float
    tests_passed: int
    tests_total: int
    submission: str
    kind: str = "check"
    round_id: int | None = None

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED

    def __str__(self) -> str:
        return f"{self.problem} {self.verdict} at {self.at:%Y-%m-%d %H:%M}"


@dataclass(frozen=True)
class RoundEntry:
    """One problem of an interview round's scorecard."""

    problem: str
    verdict: Verdict | None  # None: never touched during the round
    first_accepted_s: float | None  # seconds from the start to the first Accepted
    attempts: int
    ratio: float | None

    def __str__(self) -> str:
        return f"{self.problem}: {self.verdict or 'not attempted'} ({self.attempts} attempts)"


@dataclass(frozen=True)
class RoundRecord:
    id: int
    started: datetime
    ended: datetime | None
    minutes: float
    folder: str
    problems: tuple[str, ...]
    entries: tuple[RoundEntry, ...] = ()

    @property
    def solved(self) -> int:
        return sum(1 for e in self.entries if e.verdict is Verdict.ACCEPTED)

    def __str__(self) -> str:
        return f"round {self.id} at {self.started:%Y-%m-%d %H:%M}: {self.solved} of" \
               f" {len(self.problems)} solved"


def _check_record(row: sqlite3.Row) -> CheckRecord:
    return CheckRecord(
        id=row["id"], problem=row["problem"], at=parse_time(row["at"]),
        verdict=Verdict.from_slug(row["verdict"]), ratio=row["ratio"], slope=row["slope"],
        reference_slope=row["reference_slope"], growth=row["growth"], sha256=row["sha256"],
        seconds=row["seconds"], tests_passed=row["tests_passed"],
        tests_total=row["tests_total"], submission=row["submission"], kind=row["kind"],
        round_id=row["round_id"])


# --- the database ------------------------------------------------------------------------


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE (take the write lock now, waiting up to the busy timeout)
    ... COMMIT; any exception, KeyboardInterrupt included, rolls back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.rollback()
        raise
    conn.execute("COMMIT")


def _one_line(report: str, limit: int = 120) -> str:
    """quick_check's report (several lines, a banner first) as one short line."""
    lines = [line.strip() for line in str(report).splitlines()
             if line.strip() and not line.startswith("***")]
    text = "; ".join(lines) or str(report).strip()
    return "quick_check: " + (text if len(text) <= limit else text[:limit - 1] + "…")


def _is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in CORRUPT_CODES  # extended codes keep the primary in the low byte
    return not isinstance(exc, sqlite3.OperationalError)


class History:
    """The history database at ``path``; each method opens, works, and closes.

    Opening per operation keeps threads (the interview's checker, its
    dashboard) and processes (two checks at once) independent: SQLite's locks
    and the busy timeout order their writes.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else history_path()
        self._verified = False
        self._recovered = False

    def __str__(self) -> str:
        return str(self.path)

    # opening, and recovery from a corrupt file

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise HistoryUnavailable(f"{self.path}: cannot create the folder"
                                     f" {self.path.parent} ({exc.strerror or exc})") from None
        new = not self.path.exists() or self.path.stat().st_size == 0
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                               isolation_level=None, check_same_thread=False)
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not new and not self._verified:
                result = conn.execute("PRAGMA quick_check").fetchone()
                if result is None or result[0] != "ok":
                    raise _Corrupt(_one_line(result[0] if result else "no answer"))
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION:
                with transaction(conn):
                    for statement in SCHEMA:
                        conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            conn.close()
            raise
        if new and not self._recovered:  # after a recovery, its warning said so already
            warnings.warn(f"started a new history at {self.path}", HistoryWarning, stacklevel=4)
        self._verified = True
        return conn

    def _recover(self, reason: str) -> None:
        """Move a corrupt database (and its -wal, -shm files) aside, under a lock so
        that two processes finding it corrupt at once move it only once."""
        lock_path = self.path.with_name(self.path.name + ".lock")
        with open(lock_path, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if self._still_corrupt():
                stamp = time.strftime("%Y%m%d-%H%M%S")
                aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
                number = 1
                while aside.exists():
                    aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{number}")
                    number += 1
                os.replace(self.path, aside)
                for suffix in ("-wal", "-shm"):
                    extra = self.path.with_name(self.path.name + suffix)
                    if extra.exists():
                        os.replace(extra, aside.with_name(aside.name + suffix))
                warnings.warn(f"warning: the history {self.path} was unreadable ({reason});"
                              f" moved it to {aside.name} and started a new one",
                              HistoryWarning, stacklevel=5)
                self._recovered = True
        self._verified = False

    def _still_corrupt(self) -> bool:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return False
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                result = conn.execute("PRAGMA quick_check").fetchone()
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            return _is_corrupt(exc)
        return result is None or result[0] != "ok"

    def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``work`` on a fresh connection; recover once from a corrupt file."""
        for attempt in (1, 2):
            try:
                conn = self._open()
                try:
                    return work(conn)
                finally:
                    conn.close()
            except _Corrupt as exc:
                reason = str(exc)
            except sqlite3.DatabaseError as exc:
                if not _is_corrupt(exc):
                    raise HistoryUnavailable(f"{self.path}: {exc}") from None
                reason = str(exc)
            except OSError as exc:
                raise HistoryUnavailable(f"{self.path}: {exc.strerror or exc}") from None
            if attempt == 2:
                break
            try:
                self._recover(reason)
            except OSError as exc:
                raise HistoryUnavailable(f"{self.path} is unreadable ({reason}) and cannot be"
                                         f" moved aside ({exc.strerror or exc})") from None
        raise HistoryUnavailable(f"{self.path}: still unreadable after starting a new one")

    # checks

    def record_check(self, result: CheckResult, *, kind: str = "check",
                     round_id: int | None = None, at: datetime | None = None) -> int:
        """Add one check (one transaction); return its id."""
        if kind not in CHECK_KINDS:
            raise ValueError(f"kind must be one of {CHECK_KINDS}, got {kind!r}")
        speed = result.speed
        growth = speed.growth if speed is not None else None
        row = (result.problem, _stamp(at or now()), result.verdict.slug,
               speed.ratio if speed is not None else None,
               growth.yours if growth else None, growth.reference if growth else None,
               growth.verdict if growth else None, result.sha256, result.seconds,
               result.tests_passed, result.tests_total, os.path.abspath(result.submission),
               kind, round_id)

        def insert(conn: sqlite3.Connection) -> int:
            with transaction(conn):
                cursor = conn.execute(
                    "INSERT INTO checks (problem, at, verdict, ratio, slope, reference_slope,"
                    " growth, sha256, seconds, tests_passed, tests_total, submission, kind,"
                    " round_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
            return int(cursor.lastrowid or 0)

        return self._run(insert)

    def checks(self, problem: str | None = None) -> list[CheckRecord]:
        """Recorded checks, oldest first (all problems, or one)."""
        def select(conn: sqlite3.Connection) -> list[CheckRecord]:
            if problem is None:
                rows = conn.execute("SELECT * FROM checks ORDER BY at, id").fetchall()
            else:
                rows = conn.execute("SELECT * FROM checks WHERE problem = ? ORDER BY at, id",
                                    (problem,)).fetchall()
            return [_check_record(r) for r in rows]

        return self._run(select)

    def last_timed_check(self, problem: str, submission: str | Path) -> PreviousCheck | None:
        """The latest check of ``problem`` that graded the file at ``submission`` (the
        same path, made absolute) and measured its speed; None if there is none."""
        path = os.path.abspath(submission)

        def select(conn: sqlite3.Connection) -> PreviousCheck | None:
            row = conn.execute("SELECT at, ratio FROM checks WHERE problem = ? AND submission = ?"
                               " AND ratio IS NOT NULL ORDER BY at DESC, id DESC LIMIT 1",
                               (problem, path)).fetchone()
            return PreviousCheck(path, parse_time(row["at"]), row["ratio"]) if row else None

        return self._run(select)

    def first_accepted(self, problem: str) -> datetime | None:
        def select(conn: sqlite3.Connection) -> datetime | None:
            row = conn.execute("SELECT min(at) FROM checks WHERE problem = ? AND verdict = ?",
                               (problem, Verdict.ACCEPTED.slug)).fetchone()
            return parse_time(row[0]) if row and row[0] else None

        return self._run(select)

    # hints and reveals

    def hints_shown(self) -> dict[str, int]:
        def select(conn: sqlite3.Connection) -> dict[str, int]:
            return {r["problem"]: r["shown"]
                    for r in conn.execute("SELECT problem, shown FROM hints")}

        return self._run(select)

    def next_hint(self, problem: str, total: int) -> int:
        """Count one more hint shown (at most ``total``), atomically; return the count."""
        def bump(conn: sqlite3.Connection) -> int:
            with transaction(conn):
                row = conn.execute("SELECT shown FROM hints WHERE problem = ?",
                                   (problem,)).fetchone()
                shown = min(total, (row["shown"] if row else 0) + 1)
                conn.execute("INSERT INTO hints (problem, shown, at) VALUES (?, ?, ?)"
                             " ON CONFLICT (problem) DO UPDATE SET shown = excluded.shown,"
                             " at = excluded.at", (problem, shown, _stamp(now())))
            return shown

        return self._run(bump)

    def record_reveal(self, problem: str) -> None:
        def insert(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                conn.execute("INSERT INTO reveals (problem, at) VALUES (?, ?)",
                             (problem, _stamp(now())))

        self._run(insert)

    def reveals(self) -> dict[str, datetime]:
        """Problem -> when its solution was first shown before it was solved."""
        def select(conn: sqlite3.Connection) -> dict[str, datetime]:
            rows = conn.execute("SELECT problem, min(at) AS at FROM reveals GROUP BY problem")
            return {r["problem"]: parse_time(r["at"]) for r in rows}

        return self._run(select)

    # interview rounds

    def start_round(self, minutes: float, folder: Path, problems: Sequence[str],
                    at: datetime | None = None) -> int:
        def insert(conn: sqlite3.Connection) -> int:
            with transaction(conn):
                cursor = conn.execute(
                    "INSERT INTO rounds (started, minutes, folder, problems) VALUES (?, ?, ?, ?)",
                    (_stamp(at or now()), minutes, str(folder), json.dumps(list(problems))))
            return int(cursor.lastrowid or 0)

        return self._run(insert)

    def finish_round(self, round_id: int, entries: Sequence[RoundEntry],
                     at: datetime | None = None) -> None:
        """The round's end and its scorecard, in one transaction."""
        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                conn.execute("UPDATE rounds SET ended = ? WHERE id = ?",
                             (_stamp(at or now()), round_id))
                conn.executemany(
                    "INSERT OR REPLACE INTO round_problems (round_id, problem, verdict,"
                    " first_accepted_s, attempts, ratio) VALUES (?, ?, ?, ?, ?, ?)",
                    [(round_id, e.problem, e.verdict.slug if e.verdict else None,
                      e.first_accepted_s, e.attempts, e.ratio) for e in entries])

        self._run(write)

    def rounds(self) -> list[RoundRecord]:
        """Interview rounds, oldest first, with their scorecards."""
        def select(conn: sqlite3.Connection) -> list[RoundRecord]:
            entries: dict[int, list[RoundEntry]] = {}
            for r in conn.execute("SELECT * FROM round_problems ORDER BY rowid"):
                entries.setdefault(r["round_id"], []).append(RoundEntry(
                    r["problem"], Verdict.from_slug(r["verdict"]) if r["verdict"] else None,
                    r["first_accepted_s"], r["attempts"], r["ratio"]))
            return [RoundRecord(r["id"], parse_time(r["started"]),
                                parse_time(r["ended"]) if r["ended"] else None, r["minutes"],
                                r["folder"], tuple(json.loads(r["problems"])),
                                tuple(entries.get(r["id"], ())))
                    for r in conn.execute("SELECT * FROM rounds ORDER BY id")]

        return self._run(select)


def attempts(problem: str, history: History | None = None) -> list[CheckRecord]:
    """The recorded checks of ``problem``, oldest first ([] with no history yet:
    looking does not create one)."""
    history = history or History()
    if not history.path.exists():
        return []
    return history.checks(problem)


def record_check(result: CheckResult, *, kind: str = "check", round_id: int | None = None,
                 history: History | None = None) -> bool:
    """Record a check; on failure warn (HistoryWarning) and return False: the
    verdict stands whatever happens to the history."""
    try:
        (history or History()).record_check(result, kind=kind, round_id=round_id)
    except HistoryUnavailable as exc:
        warnings.warn(f"warning: this check was not recorded in the history ({exc})",
                      HistoryWarning, stacklevel=2)
        return False
    return True


# --- saved speed figures -----------------------------------------------------------------


def _speed_file(slug: str) -> Path:
    return data_dir() / "speed" / f"{slug}.json"


def last_timed_check(problem: str, submission: str | Path,
                     history: History | None = None) -> PreviousCheck | None:
    """The last timed check of this same file, or None (also with no history yet, which
    looking does not create, or one that cannot be read: only the comparison is lost)."""
    history = history or History()
    if not history.path.exists():
        return None
    try:
        return history.last_timed_check(problem, submission)
    except HistoryUnavailable:
        return None


def save_speed(slug: str, report: SpeedReport, sha256: str) -> None:
    """Write atomically (a temporary file, then rename): a crash leaves the old file whole."""
    path = _speed_file(slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps(to_benchmark_json(slug, report, sha256), indent=1),
                         encoding="utf-8")
    os.replace(temporary, path)


def speed_change(ratio: float | None, previous: float | None) -> str | None:
    """'1.8x faster', '1.2x slower', 'about as fast' (both ratios are against the
    reference). Pure."""
    if ratio is None or previous is None or ratio <= 0 or previous <= 0:
        return None
    change = previous / ratio
    if 0.9 <= change <= 1.1:
        return "about as fast"
    if change > 1:
        return f"{change:.1f}x faster"
    return f"{1 / change:.1f}x slower"


def compare_with_last(ratio: float | None, previous: PreviousCheck | None,
                      file: str) -> str | None:
    """'1.8x faster than your last timed check of submissions/x.py (2026-12-07 14:02
    UTC: 1.53x the reference's time)'; ``file`` is the path as this check names it
    (the same file as ``previous.submission``). Pure."""
    change = speed_change(ratio, previous.ratio if previous is not None else None)
    if change is None or previous is None:
        return None
    return (f"{change} {'as' if change.startswith('about') else 'than'} your last timed"
            f" check of {file} ({utc_minute(previous.at)}: {previous.ratio:.2f}x the reference's"
            " time)")


def utc_minute(moment: datetime) -> str:
    """'2026-12-07 14:02 UTC'. Pure."""
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
