"""The worker zygote: a clean fork server that every submission worker comes from.

It runs in its own process (``python -s -P -c ... zygote``), started by the
judge side (:class:`judge.isolation.client.Zygote`). It imports what a
submission may use (the worker loop, and numpy and scipy where asked) and
nothing of the grading side: never the reference, the hidden tests or an
expected value, so a worker forked from it finds none of them in its memory.
One zygote per hash seed (PYTHONHASHSEED is fixed when an interpreter starts).

Channels (Unix socket pairs; no path anyone else could connect to)::

    control  SOCK_SEQPACKET, judge side -> zygote; a request is one datagram
             (JSON) with file descriptors attached. Shared by every grading
             process of the engine: a datagram never interleaves with another.
    reply    SOCK_STREAM, one per request, private to the requester; frames
             are an 8-byte length and JSON (or raw bytes, for stash payloads).

    {"op": "worker", "spec": {...}}  + fds [reply, to_worker_r, from_worker_w, log]
        fork; the child becomes a worker (judge.isolation.worker.serve_forked)
        reply <- {"pid": pid} ... later {"exit": wait_status}
        the reply channel closed by the judge side: the worker is killed
    {"op": "holder"}                 + fds [reply]
        fork a holder: a fork server of its own, for one speed input. It
        sends {"pid": pid} with its own control socket attached, then takes
        {"op": "stash", "key": k} + a raw payload frame on the reply channel
        (answering {"stashed": k}); workers forked from it find the input
        already unpickled (so a 10^6-element input crosses one pipe, once, not
        once per timing worker). reply <- {"exit": wait_status} at the end.

A zygote ends when every holder of its control socket has closed it, and dies
with its parent (PR_SET_PDEATHSIG); a worker dies with its zygote.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import selectors
import signal
import socket
import struct
import sys
from typing import Any

HEADER = struct.Struct(">Q")
MAX_DATAGRAM = 1 << 16
MAX_FDS = 8
MARKER = "JUDGE_WORKDIR"
MARKER_ROOM = 1024  # bytes reserved in the zygote's environment for a worker's marker


# -- framing (used by both sides) ---------------------------------------------
def send_frame(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(HEADER.pack(len(payload)) + payload)


def send_json(sock: socket.socket, message: dict[str, Any], fds: list[int] | None = None
              ) -> None:
    data = json.dumps(message).encode()
    frame = HEADER.pack(len(data)) + data
    if fds:
        sent = socket.send_fds(sock, [frame], fds)
        if sent < len(frame):
            sock.sendall(frame[sent:])
    else:
        sock.sendall(frame)


def recv_exact(sock: socket.socket, n: int) -> bytes:
    chunks = []
    while n:
        chunk = sock.recv(min(n, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def recv_frame(sock: socket.socket) -> bytes:
    (size,) = HEADER.unpack(recv_exact(sock, HEADER.size))
    return recv_exact(sock, size)


def recv_json(sock: socket.socket, with_fds: bool = False) -> tuple[dict[str, Any], list[int]]:
    """One JSON frame, and the descriptors that came with its first bytes."""
    fds: list[int] = []
    if with_fds:
        data, fds, _, _ = socket.recv_fds(sock, HEADER.size, MAX_FDS)
        if not data:
            raise EOFError
        head = data + recv_exact(sock, HEADER.size - len(data))
    else:
        head = recv_exact(sock, HEADER.size)
    (size,) = HEADER.unpack(head)
    message = json.loads(recv_exact(sock, size))
    if not isinstance(message, dict):
        raise ValueError("a frame that is not a JSON object")
    return message, fds


# -- the fork server ----------------------------------------------------------
def die_with_parent() -> None:
    """Ask the kernel to SIGKILL this process when its parent goes away."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def set_marker(value: str) -> bool:
    """Write ``JUDGE_WORKDIR=value`` over the placeholder in this process's own
    environment block, the memory /proc/PID/environ shows (as setproctitle does
    for argv). A forked worker, and anything it forks later, carries it there,
    so the judge finds even a double-forked orphan (judge.isolation.client.marked)."""
    try:
        libc = ctypes.CDLL(None)
        environ = ctypes.POINTER(ctypes.c_void_p).in_dll(libc, "environ")
    except (OSError, ValueError):
        return False
    prefix = f"{MARKER}=".encode()
    wanted = prefix + value.encode()
    index = 0
    while environ[index]:
        address = environ[index]
        text = ctypes.string_at(address)
        if text.startswith(prefix) and len(text) >= len(wanted):
            ctypes.memmove(address, wanted + b"\0" * (len(text) - len(wanted)), len(text))
            return True
        index += 1
    return False


class ForkServer:
    """Serves requests on ``control``; ``stash`` is what forked workers inherit."""

    def __init__(self, control: socket.socket, stash: dict[Any, Any] | None = None,
                 owner: socket.socket | None = None) -> None:
        self.control = control
        self.stash: dict[Any, Any] = stash if stash is not None else {}
        self.owner = owner  # a holder's reply channel: its stash arrives here
        self.children: dict[int, socket.socket] = {}  # pid -> its reply channel
        self.selector = selectors.DefaultSelector()
        self.wakeup_r, self.wakeup_w = os.pipe()

    def serve(self) -> None:
        os.set_blocking(self.wakeup_w, False)
        os.set_blocking(self.wakeup_r, False)
        signal.set_wakeup_fd(self.wakeup_w)
        signal.signal(signal.SIGCHLD, lambda *_: None)
        self.selector.register(self.control, selectors.EVENT_READ, "control")
        self.selector.register(self.wakeup_r, selectors.EVENT_READ, "wakeup")
        if self.owner is not None:
            self.selector.register(self.owner, selectors.EVENT_READ, "owner")
        while True:
            for key, _ in self.selector.select():
                what = key.data
                if what == "wakeup":
                    self._drain_wakeup()
                    self._reap()
                elif what == "control":
                    if not self._request():
                        return self._shutdown()
                elif what == "owner":
                    if not self._owner_message():
                        return self._shutdown()
                else:  # a child's reply channel: readable means the judge side let go
                    pid = what
                    try:
                        gone = not key.fileobj.recv(1, socket.MSG_PEEK)  # type: ignore[union-attr]
                    except OSError:
                        gone = True
                    if gone:
                        self._kill(pid)

    def _drain_wakeup(self) -> None:
        try:
            while os.read(self.wakeup_r, 512):
                pass
        except BlockingIOError:
            pass

    def _reap(self) -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            reply = self.children.pop(pid, None)
            if reply is not None:
                self._forget(reply)
                try:
                    send_json(reply, {"exit": status})
                except OSError:
                    pass
                reply.close()

    def _kill(self, pid: int) -> None:
        for target in (-pid, pid):  # its process group (it called setsid), then itself
            try:
                os.kill(target, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        reply = self.children.pop(pid, None)
        if reply is not None:
            self._forget(reply)
            reply.close()

    def _forget(self, reply: socket.socket) -> None:
        try:
            self.selector.unregister(reply)
        except (KeyError, ValueError):
            pass

    def _shutdown(self) -> None:
        for pid in list(self.children):
            self._kill(pid)
        os._exit(0)

    def _request(self) -> bool:
        try:
            data, fds, _, _ = socket.recv_fds(self.control, MAX_DATAGRAM, MAX_FDS)
        except OSError:
            return False
        if not data:
            return False
        try:
            message = json.loads(data)
            op = message["op"]
            reply = socket.socket(fileno=fds[0])
        except (ValueError, KeyError, IndexError, TypeError):
            for fd in fds:
                os.close(fd)
            return True  # a malformed request is dropped; the requester sees EOF
        extra = fds[1:]
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            try:
                self._child(op, message, reply, extra)
            finally:
                os._exit(70)
        for fd in extra:
            os.close(fd)
        if op != "holder":
            try:
                send_json(reply, {"pid": pid})
            except OSError:
                pass
        self.children[pid] = reply
        if op != "holder":  # a holder's channel carries its stash; the holder watches it
            self.selector.register(reply, selectors.EVENT_READ, pid)
        return True

    def _owner_message(self) -> bool:
        """A holder's stash frame: {"op": "stash", "key"} then the pickled input."""
        from judge.isolation.wire import loads_args

        assert self.owner is not None
        try:
            message, _ = recv_json(self.owner)
            payload = recv_frame(self.owner)
        except (EOFError, OSError, ValueError):
            return False
        args, kwargs = loads_args(payload)
        self.stash[message["key"]] = (args, kwargs)
        gc.collect()
        gc.freeze()  # forked workers then share these pages instead of copying them
        send_json(self.owner, {"stashed": message["key"]})
        return True

    def _child(self, op: str, message: dict[str, Any], reply: socket.socket,
               fds: list[int]) -> None:
        """In the forked child: drop the server's state, then become what was asked."""
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        for sock in self.children.values():
            sock.close()
        self.selector.close()
        os.close(self.wakeup_r)
        os.close(self.wakeup_w)
        self.control.close()
        if self.owner is not None:
            self.owner.close()
        die_with_parent()
        if op == "holder":
            preload(message.get("preload") or [])
            ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
            send_json(reply, {"pid": os.getpid()}, [theirs.fileno()])
            theirs.close()
            ForkServer(ours, dict(self.stash), owner=reply).serve()
            return
        if op == "worker":
            reply.close()
            become_worker(message["spec"], fds, self.stash)
        os._exit(64)


def become_worker(spec: dict[str, Any], fds: list[int], stash: dict[Any, Any]) -> None:
    """The forked child takes the worker's place: its own session and folder,
    its environment and marker, its output file; then the worker loop."""
    from judge.isolation.worker import serve_forked

    to_worker, from_worker, log = fds
    os.setsid()
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(log, 1)
    os.dup2(log, 2)
    for fd in (null, log):
        os.close(fd)
    os.chdir(spec["workdir"])
    env = {str(k): str(v) for k, v in spec["env"].items()}
    set_marker(env.get(MARKER, ""))
    os.environ.clear()
    os.environ.update(env)
    import tempfile

    tempfile.tempdir = None  # TMPDIR is the worker's folder now
    serve_forked(to_worker, from_worker, spec["limits"], spec.get("confine") or "", stash)


def preload(names: list[str]) -> None:
    for name in names:
        try:
            __import__(str(name))
        except Exception:
            # a library this machine lacks, a name that is not a module, a broken
            # install: the submission's own import says so, in its worker
            pass


def main(argv: list[str]) -> None:
    """``zygote CONTROL_FD READY_FD PRELOAD``: import, say ready, serve. It ends
    when every holder of its control socket has closed it (its owner died)."""
    control = socket.socket(fileno=int(argv[1]))
    ready = int(argv[2])
    preload([name for name in argv[3].split(",") if name])
    import judge.isolation.worker  # noqa: F401  (the loop every worker runs)

    gc.collect()
    gc.freeze()
    os.write(ready, b"ready\n")
    os.close(ready)
    ForkServer(control).serve()
