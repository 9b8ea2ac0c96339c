"""Single key presses from the terminal (the interview's `q`), without Enter.

While :func:`keys` is active, stdin is in cbreak mode (no line buffering, no
echo; Ctrl-C still sends SIGINT) and a reader thread hands each key to a
callback. When stdin is not a terminal nothing happens: the round then ends
by the clock or Ctrl-C. The terminal's settings are restored on the way out,
whatever happened.
"""

from __future__ import annotations

import contextlib
import os
import select
import sys
import termios
import threading
import tty
from collections.abc import Callable, Iterator

POLL_S = 0.1


def _stdin_fd() -> int | None:
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, ValueError, OSError):  # closed, or replaced (pytest's capture)
        return None
    return fd if os.isatty(fd) else None


@contextlib.contextmanager
def keys(on_key: Callable[[str], None]) -> Iterator[bool]:
    """Call ``on_key`` for each key pressed while the block runs; yields whether
    keys can be read at all (stdin is a terminal)."""
    fd = _stdin_fd()
    if fd is None:
        yield False
        return
    try:
        saved = termios.tcgetattr(fd)
        tty.setcbreak(fd)
    except termios.error:
        yield False
        return
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                ready, _, _ = select.select([fd], [], [], POLL_S)
                data = os.read(fd, 64) if ready else b""
            except OSError:
                return
            if ready and not data:  # end of input
                return
            for key in data.decode("utf-8", "ignore"):
                on_key(key)

    reader = threading.Thread(target=read, name="judge-keys", daemon=True)
    reader.start()
    try:
        yield True
    finally:
        stop.set()
        reader.join()
        with contextlib.suppress(termios.error):
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)
