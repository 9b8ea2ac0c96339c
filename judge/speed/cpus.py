"""A per-machine lease of CPUs, so that two speed phases never share a core.

Every process of the judge on this machine (checks of `judge grade --jobs N`,
Dask workers on one node, a `judge check` in another terminal) takes its CPUs
from one pool: a lock file per CPU in a runtime folder::

    $XDG_RUNTIME_DIR/judge/cpus/     (platformdirs.user_runtime_dir; else /tmp/judge-<uid>/cpus)
        cpu-0.lock                   flock(LOCK_EX) held = CPU 0 is leased
        cpu-1.lock
        ...

A lease is an exclusive ``flock`` on open files: the kernel drops it when the
holder closes them, exits or is killed, so a crashed check never keeps a CPU.
``flock`` locks belong to the open file, not the process, so two threads of one
process exclude each other as two processes do.

    with cpu_lease(1) as cpus:      # blocks until one CPU is free
        ... pin the timed workers to cpus ...
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import random
import time
from collections.abc import Iterator
from pathlib import Path

import platformdirs

ENV_CPU_DIR = "JUDGE_CPU_LOCKS"  # set: the folder of the lock files (tests, odd machines)
POLL_S = 0.05


def lock_dir() -> Path:
    """The folder of this machine's CPU lock files (created on first use)."""
    override = os.environ.get(ENV_CPU_DIR)
    if override:
        folder = Path(override)
    else:
        try:
            if not os.environ.get("XDG_RUNTIME_DIR"):  # platformdirs would warn, then guess
                raise OSError
            folder = Path(platformdirs.user_runtime_dir("judge")) / "cpus"
            folder.mkdir(parents=True, exist_ok=True)
            return folder
        except OSError:
            folder = Path("/tmp") / f"judge-{os.getuid()}" / "cpus"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def machine_cpus() -> list[int]:
    """The CPUs this process may run on, sorted."""
    try:
        return sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return list(range(os.cpu_count() or 1))


@contextlib.contextmanager
def cpu_lease(count: int = 1, *, timeout: float | None = None) -> Iterator[list[int]]:
    """Hold ``count`` CPUs exclusively among all the judge's processes on this machine.

    Blocks until they are free (or raises TimeoutError after ``timeout``
    seconds) and yields their ids. ``count`` is capped at the CPUs this process
    may use, so a lease of more CPUs than the machine has waits for all of them
    rather than for ever.
    """
    if count < 1:
        raise ValueError(f"a CPU lease needs at least one CPU, got {count}")
    cpus = machine_cpus()
    count = min(count, len(cpus))
    folder = lock_dir()
    deadline = None if timeout is None else time.monotonic() + timeout
    held: list[tuple[int, int]] = []  # (cpu, fd)
    try:
        while True:
            # Start at a random CPU so that waiting processes do not all race for CPU 0.
            start = random.randrange(len(cpus))
            for cpu in cpus[start:] + cpus[:start]:
                fd = _try_lock(folder / f"cpu-{cpu}.lock")
                if fd is not None:
                    held.append((cpu, fd))
                    if len(held) == count:
                        break
            if len(held) == count:
                break
            # Not enough free: give back what we hold (no one waits on a partial
            # lease of ours, so two leases of two CPUs cannot deadlock), then retry.
            _release(held)
            held = []
            if deadline is not None and time.monotonic() >= deadline:
                raise TimeoutError(f"no {count} free CPU(s) within {timeout:g} s")
            time.sleep(POLL_S * (1 + random.random()))
        yield sorted(cpu for cpu, _ in held)
    finally:
        _release(held)


def _try_lock(path: Path) -> int | None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _release(held: list[tuple[int, int]]) -> None:
    for _, fd in held:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
