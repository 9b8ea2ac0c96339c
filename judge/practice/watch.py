"""Re-checking on save: `judge watch`, and the interview's live checks.

File events come from watchfiles (inotify on Linux, the platform's own
notifier elsewhere), never from a polling loop of ours. A save is taken once
the file has been quiet for STEP_MS (an editor's save is often several
writes, or a write and a rename), grouping at most DEBOUNCE_MS of changes,
and read once two reads SETTLE_S apart agree (so it is not read half-written). A save
that leaves the file's bytes as they were checked last is no new
attempt and is not checked again; a save during a check is checked right
after it.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import watchfiles

from judge.errors import JudgeError
from judge.grading.runner import read_submission
from judge.grading.verdicts import CheckResult
from judge.packages.format import Problem
from judge.speed.measure import Progress

STEP_MS = 100
DEBOUNCE_MS = 1000
RUST_TIMEOUT_MS = 500  # how often a watcher thread looks at its stop event
SETTLE_S = 0.05  # a file is read once it has not changed for this long


def digest(path: Path) -> str | None:
    """The file's sha256, or None when it cannot be read (deleted, mid-rename)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def settled_digest(path: Path, quiet_s: float = SETTLE_S, tries: int = 20) -> str | None:
    """The file's sha256 once two reads ``quiet_s`` apart agree: an editor that
    truncates and then writes is not caught half-way (a save seen mid-write
    would otherwise be checked as an empty or cut file, one spurious attempt)."""
    current = digest(path)
    for _ in range(tries):
        time.sleep(quiet_s)
        again = digest(path)
        if again == current:
            break
        current = again
    return current


def saves(folder: Path, names: set[str], stop: threading.Event | None = None
          ) -> Iterator[set[str]]:
    """Batches of saved file names (among ``names``) in ``folder``, until ``stop``
    is set (or, with no ``stop``, until Ctrl-C, raised as KeyboardInterrupt)."""
    def wanted(change: watchfiles.Change, path: str) -> bool:
        return change != watchfiles.Change.deleted and Path(path).name in names

    for changes in watchfiles.watch(folder, watch_filter=wanted, step=STEP_MS,
                                    debounce=DEBOUNCE_MS, stop_event=stop,
                                    rust_timeout=RUST_TIMEOUT_MS if stop else 0,
                                    raise_interrupt=stop is None, recursive=False):
        yield {Path(path).name for _, path in changes}


class WatchView(Protocol):
    """How `judge watch` shows itself (judge.ui.screens.WatchScreen)."""

    def checking(self, path: Path) -> contextlib.AbstractContextManager[Progress]: ...

    def result(self, result: CheckResult) -> None: ...

    def waiting(self, path: Path, reason: str) -> None: ...


Grade = Callable[..., CheckResult]


def watch(problem: Problem, path: Path, view: WatchView, grade: Grade,
          stop: threading.Event | None = None) -> int:
    """Check ``path`` now and after every save, until Ctrl-C (or ``stop``).

    Returns the number of checks made. Ctrl-C during a check stops it (no
    record is left of it) and ends the watch, as Ctrl-C between checks does.
    """
    checked: str | None = None
    count = 0

    def check_if_changed() -> None:
        nonlocal checked, count
        while (current := settled_digest(path)) != checked:
            if current is None:
                view.waiting(path, "the file does not exist (yet)")
                checked = None
                return
            with view.checking(path) as progress:
                try:
                    result = grade(problem, path, progress=progress)
                except JudgeError as exc:  # e.g. deleted between the digest and the check
                    view.waiting(path, str(exc))
                    return
            checked = result.sha256
            count += 1
            view.result(result)

    path = path.absolute()
    read_submission(path)  # a missing file is one clear error, as for `judge check`
    try:
        check_if_changed()
        for _ in saves(path.parent, {path.name}, stop):
            check_if_changed()
    except KeyboardInterrupt:
        pass
    return count
