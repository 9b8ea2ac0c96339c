"""Where the submissions of a batch come from: a folder or a CSV manifest.

A folder::

    SOURCE/
      alice/most_played_track.py     <who>/<problem slug>.py
      alice/top_k_tracks.py
      bob/most_played_track.py

A manifest (a header line, then one row per submission; a relative path is
relative to the manifest's folder)::

    who,problem,path
    alice,most_played_track,alice/mpt.py
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

from judge.batch.store import Key
from judge.errors import JudgeError
from judge.packages.format import Problem, find_problem

MANIFEST_COLUMNS = ("who", "problem", "path")


class SourceError(JudgeError):
    """The SOURCE of `judge grade` is missing or malformed: the message names the file and line."""


@dataclass(frozen=True)
class Submission:
    """One file to grade, and whose it is."""

    who: str
    problem: Problem
    path: Path
    sha256: str  # of the bytes read when the batch was planned

    def __str__(self) -> str:
        return f"{self.who}/{self.problem.slug}"


def read_source(source: Path, root: Path) -> list[Submission]:
    """The submissions of a folder or a CSV manifest, in a stable order.

    Every problem named must exist under ``root`` and every file must be
    readable; the first that is not is one clear error (nothing is graded).
    """
    if not source.exists():
        raise SourceError(f"{source}: no such folder or file (a folder of <who>/<problem>.py,"
                          " or a CSV manifest with the columns who,problem,path)")
    problems: dict[str, Problem] = {}

    def problem(slug: str, where: str) -> Problem:
        if slug not in problems:
            try:
                problems[slug] = find_problem(root, slug)
            except JudgeError as exc:
                raise SourceError(f"{where}: {exc}") from None
        return problems[slug]

    if source.is_dir():
        rows = [(path.parent.name, path.stem, path, str(path))
                for path in sorted(source.glob("*/*.py"))]
        if not rows:
            raise SourceError(f"{source}: no submissions (expected files <who>/<problem>.py)")
    else:
        rows = _manifest_rows(source)
    submissions = []
    for who, slug, path, where in rows:
        submissions.append(Submission(who, problem(slug, where), path, _sha256(path, where)))
    return submissions


def _manifest_rows(manifest: Path) -> list[tuple[str, str, Path, str]]:
    try:
        text = manifest.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"{manifest}: cannot be read as a CSV manifest ({exc})") from None
    reader = csv.reader(text.splitlines())
    header = [cell.strip().lower() for cell in next(reader, [])]
    if tuple(header) != MANIFEST_COLUMNS:
        raise SourceError(f"{manifest}:1: the header must be {','.join(MANIFEST_COLUMNS)},"
                          f" got {','.join(header) or 'an empty line'}")
    rows = []
    for line, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        where = f"{manifest}:{line}"
        if len(cells) != len(MANIFEST_COLUMNS) or not all(cell.strip() for cell in cells):
            raise SourceError(f"{where}: expected 3 non-empty cells (who,problem,path),"
                              f" got {cells!r}")
        who, slug, name = (cell.strip() for cell in cells)
        path = Path(name) if Path(name).is_absolute() else manifest.parent / name
        rows.append((who, slug, path, where))
    if not rows:
        raise SourceError(f"{manifest}: no submissions listed")
    return rows


def _sha256(path: Path, where: str) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise SourceError(f"{where}: {path} cannot be read ({exc.strerror})") from None


@dataclass(frozen=True)
class Task:
    """A submission to grade, with the key its result is stored under."""

    submission: Submission
    key: Key
