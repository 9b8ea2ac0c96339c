"""The pad's file: read with its version, save atomically, never over a newer disk version.

    load(path)                 -> FileState(text, version)   version = sha256 of the bytes,
                                                             None when there is no file yet
    save(path, text, base)     -> new version, or SaveConflict (the disk is not at ``base``)
    start(path, stub)          -> FileState: the stub, written only if there is no file
                                  (like `judge start`, never overwriting)

The client sends back the version it last loaded (``base``). A save whose base
is not the version on disk (another editor, `judge watch`'s user, a second tab
saved meanwhile) is refused: the page then offers "load the disk version /
keep mine", and keeping it is a save with the disk's version as the base.

A save writes a temporary file in the same folder, flushes it to disk, then
``os.replace``-s it over the file: a crash or a full disk leaves the old file
whole, and a reader never sees half a file. A lock per path makes "compare
with the disk, then replace" one step for the pad's own requests.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from judge.errors import JudgeError

MAX_BYTES = 1 << 20  # a solution is a few KiB; a megabyte is a mistake, not work


class SaveConflict(JudgeError):
    """The file changed on disk since the pad loaded it: load it, or keep yours."""

    def __init__(self, message: str, disk: FileState) -> None:
        super().__init__(message)
        self.disk = disk


class FileTooLarge(JudgeError):
    """The text is larger than a solution can be (MAX_BYTES)."""


@dataclass(frozen=True)
class FileState:
    text: str
    version: str | None  # sha256 of the bytes on disk; None: no file

    def __str__(self) -> str:
        return f"{(self.version or 'no file')[:12]} ({len(self.text)} characters)"


_locks: dict[Path, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock(path: Path) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(path.resolve(), threading.Lock())


def version_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load(path: Path) -> FileState:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return FileState("", None)
    except IsADirectoryError:
        raise JudgeError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise JudgeError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return FileState(data.decode("utf-8", "replace"), version_of(data))


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def save(path: Path, text: str, base: str | None) -> str:
    """Save ``text`` if the disk is still at ``base`` (None: no file); return the new version."""
    data = text.encode("utf-8")
    if len(data) > MAX_BYTES:
        raise FileTooLarge(f"{path.name}: {len(data):,} bytes is more than a solution can be"
                           f" (at most {MAX_BYTES:,})")
    with _lock(path):
        disk = load(path)
        if disk.version != base:
            if disk.version == version_of(data):
                return disk.version  # the disk already holds these bytes: nothing to do
            what = "was created" if base is None else (
                "was deleted" if disk.version is None else "was changed")
            raise SaveConflict(f"{path} {what} on disk since the pad loaded it", disk)
        try:
            atomic_write(path, data)
        except OSError as exc:
            raise JudgeError(f"{path}: cannot be saved ({exc.strerror or exc})") from None
    return version_of(data)


def start(path: Path, stub: Path) -> FileState:
    """The file, created from the stub first if there is none (never overwriting)."""
    with _lock(path):
        state = load(path)
        if state.version is not None:
            return state
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(path, "xb") as handle:  # "x": fail if it appeared meanwhile
                handle.write(stub.read_bytes())
        except FileExistsError:
            pass
        except OSError as exc:
            raise JudgeError(f"{path}: cannot be created ({exc.strerror or exc})") from None
        return load(path)
