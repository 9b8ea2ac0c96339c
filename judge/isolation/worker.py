"""The worker: the only process in which the submission's code runs.

Forked from a clean zygote (:mod:`judge.isolation.zygote`) at the request of
the judge side (:mod:`judge.isolation.client`), it confines itself
(:mod:`judge.isolation.confine`: a network namespace, Landlock), sets its own
resource limits, then serves requests one at a time over two pipes.
A frame is an 8-byte big-endian length and a pickle::

    judge -> worker                       worker -> judge
    ("load", path, entry, kind, also)     ("loaded", output, confinement)
                                          ("compile_error", message, line, output)
                                          ("raised", info, output)
    ("call", target, args, kwargs, opts)  ("ok", plain_value, mutated, output)
                                          ("object", handle, output)
                                          ("raised", info, output)
    ("batch", target, [args...], opts)    ("batch", [reply, ...]): one "call" reply
                                          each, up to and including the first
                                          that is not "ok" (many small calls in
                                          one round trip: statistical tests)
    ("prepare", [key, ...])               ("prepared",)
    ("run", key, repeat)                  ("ran", inner_ns) | ("raised", info, output)
    ("prints",)                           ("prints", [print, ...]): the last run's
                                          results, fingerprinted (judge.isolation.prints)
    ("profile", interval_s)               ("profiled", {line: samples}, ticks)
    ("driver", source, name)              ("driven",)
    ("replay", code)                      ("ok", plain_value, [], output)
                                          ("raised", info, output)
    ("exit",)                             (the worker exits)

Timing (see judge.speed.measure): a speed input never travels in a timed
request. The zygote's holder (judge.isolation.client.Holder) receives it once
and unpickles it; a worker forked from the holder starts with it in its stash,
under its key. ``prepare`` makes fresh top-level copies of the stashed
inputs, one distinct input per call (so a cache keyed by the object or by
the content never answers a timed call), collects garbage and turns the
collector off; ``run`` then only calls the entry point ``repeat`` times and
keeps the results, which ``prints`` reduces to fingerprints afterwards, outside
the timed part, for the judge to compare with the reference's. The judge
times ``run`` by this process's CPU clock, read from outside; ``inner_ns`` is
the worker's own figure, for comparison only.
For a class problem the judge first sends a driver (the package's
tests/speed.py source and the name of its workload function); ``run`` then
calls ``driver(entry_class, *args)``, a workload of many method calls.

``replay`` runs a reproduce line the judge is about to print (Python source,
as a candidate would paste it with the submission imported) in a worker that
has only loaded the file: its value is that of the last expression (or of
the last assignment's target). The judge shows the line only if that value
is the one it reports (judge.testing.reproduce).

``target`` is None for the entry point, ``("function", name)`` for one of the
problem's other functions (problem.toml ``also``), or ``(handle, method)`` for a
method of an object the entry class made earlier; the objects stay here, the judge only
holds their handles. An argument that is a :class:`judge.isolation.wire.Handle`
(the judge passed its proxy of such an object) is replaced by the object itself.
``output`` is what the call printed through sys.stdout and sys.stderr: the
first ``output_kb`` KiB and the total count. Anything written straight to the
file descriptors lands in a capped file the judge reads.

Replies hold only plain data (:func:`judge.isolation.wire.to_plain`). The worker is
not trusted: the judge validates every reply and watches the process from
outside (exit, signals, time), so nothing the submission does here can decide
its verdict.
"""

from __future__ import annotations

import builtins
import gc
import os
import resource
import struct
import sys
import time
import traceback
import types
from typing import Any

from judge.isolation.wire import Handle, Recipe, dumps, loads_args, to_plain

HEADER = struct.Struct(">Q")


def read_exact(fd: int, n: int) -> bytes:
    chunks = []
    while n:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def write_frame(fd: int, payload: bytes) -> None:
    """The header, then the payload, each written whole (never joined: a payload
    near the memory limit has no room for a copy)."""
    for part in (HEADER.pack(len(payload)), payload):
        data = memoryview(part)
        while data:
            written = os.write(fd, data)
            data = data[written:]


MAX_RETURN_BYTES = 64 << 20  # a call's pickled return value: no answer of a problem nears it


def _transfer_error(message: str) -> bytes:
    """The reply for a return value that cannot come back (judge.grading.outcomes)."""
    return dumps(("raised", {"type": "JudgeTransferError", "mro": [], "traceback": [],
                             "message": message}, {"text": "", "total": 0}))


class CappedText:
    """A text stream that keeps the first ``limit`` characters and counts the rest."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[str] = []
        self.kept = 0
        self.total = 0

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self.total += len(text)
        room = self.limit - self.kept
        if room > 0:
            piece = text[:room]
            self.parts.append(piece)
            self.kept += len(piece)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def result(self) -> dict[str, Any]:
        return {"text": "".join(self.parts), "total": self.total}


def set_limits(limits: dict[str, int]) -> None:
    def cap(which: int, soft: int, hard: int | None = None) -> None:
        try:
            resource.setrlimit(which, (soft, soft if hard is None else hard))
        except (ValueError, OSError):
            pass  # best effort: a limit we may not lower is reported by the judge's watchdog

    cap(resource.RLIMIT_CORE, 0)
    cap(resource.RLIMIT_CPU, limits["cpu_s"], limits["cpu_s"] + 2)
    cap(resource.RLIMIT_AS, limits["memory_mb"] << 20)
    cap(resource.RLIMIT_FSIZE, limits["file_mb"] << 20)
    cap(resource.RLIMIT_NPROC, limits["nproc"])  # ignored for root, see DESIGN.md


def exception_info(exc: BaseException, path: str) -> dict[str, Any]:
    """The exception's type, builtin ancestors and the submission's own frames."""
    frames = [
        f"line {f.lineno}, in {f.name}: {(f.line or '').strip()}"
        for f in traceback.extract_tb(exc.__traceback__)
        if f.filename == path
    ]
    mro = [c.__name__ for c in type(exc).__mro__ if c.__module__ == "builtins"]
    return {
        "type": type(exc).__name__,
        "mro": mro,
        "message": str_or_repr(exc),
        "traceback": frames[-12:],
    }


def str_or_repr(exc: BaseException) -> str:
    try:
        text = str(exc)
    except BaseException:
        text = "<unprintable message>"
    return text[:2000]


def made_anew(value: Any) -> Any:
    """A recipe (a stream, a Random) made anew; any other argument as it is."""
    return value.make() if isinstance(value, Recipe) else value


def made(args: tuple[Any, ...], kwargs: dict[str, Any]
         ) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Top-level recipes (streams, Randoms) become the objects they describe."""
    return (tuple(a.make() if isinstance(a, Recipe) else a for a in args),
            {k: v.make() if isinstance(v, Recipe) else v for k, v in kwargs.items()})


def fingerprints(args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[bytes | None]:
    """What each argument holds, to see whether the call changed it. A generator
    or a Random is meant to be consumed: it has no fingerprint (None)."""
    import random

    prints: list[bytes | None] = []
    for value in (*args, *kwargs.values()):
        if isinstance(value, random.Random) or hasattr(value, "__next__"):
            prints.append(None)
            continue
        try:
            prints.append(_array_print(value) or dumps(value))
        except Exception:
            prints.append(None)
    return prints


def _array_print(value: Any) -> bytes | None:
    """A digest of a numpy array's or scipy sparse matrix's contents: hashing the
    buffers costs far less than pickling a copy of a 10^7-entry array."""
    module = type(value).__module__
    if not module.startswith(("numpy", "scipy.sparse")):
        return None
    import hashlib

    if module.startswith("numpy") and type(value).__name__ == "ndarray":
        if value.dtype.hasobject:
            return None
        parts = [value]
    elif hasattr(value, "indptr") and hasattr(value, "indices"):
        parts = [value.data, value.indices, value.indptr]
    else:
        return None
    digest = hashlib.blake2b(repr((type(value).__name__, getattr(value, "shape", ()))).encode())
    for part in parts:
        digest.update(part.dtype.str.encode() + repr(part.shape).encode())
        digest.update(memoryview(part if part.flags.c_contiguous else part.copy()).cast("B"))
    return digest.digest()


class Worker:
    def __init__(self, in_fd: int, out_fd: int, output_limit: int) -> None:
        self.in_fd = in_fd
        self.out_fd = out_fd
        self.output_limit = output_limit
        self.path = ""
        self.entry: Any = None
        self.extras: dict[str, Any] = {}
        self.objects: dict[int, Any] = {}
        self.stash: dict[Any, tuple[tuple[Any, ...], dict[str, Any]]] = {}
        self.prepared: list[tuple[tuple[Any, ...], dict[str, Any]]] | None = None
        self.results: list[Any] = []
        self.driver: Any = None
        self.confinement = "rlimits only"

    def send(self, message: tuple[Any, ...]) -> None:
        try:
            payload = dumps(message)
        except MemoryError:  # a value too big to copy for sending under the memory limit
            payload = _transfer_error("returned a value too large to send back within the"
                                      " memory limit")
        except Exception as exc:  # a value to_plain let through that pickle refuses
            payload = _transfer_error(f"returned a value that cannot be sent back: {exc}")
        if message[0] == "ok" and len(payload) > MAX_RETURN_BYTES:
            payload = _transfer_error(
                f"returned a value of {len(payload) >> 20:,} MiB (pickled), over the"
                f" {MAX_RETURN_BYTES >> 20} MiB a call may send back")
        write_frame(self.out_fd, payload)

    def capture(self) -> CappedText:
        stream = CappedText(self.output_limit)
        sys.stdout = sys.stderr = stream
        return stream

    def load(self, path: str, entry: str, kind: str, also: tuple[str, ...] = ()
             ) -> tuple[Any, ...]:
        self.path = path
        out = self.capture()
        try:
            with open(path, "rb") as handle:
                source = handle.read()
            code = compile(source, path, "exec")
        except SyntaxError as exc:
            return ("compile_error", f"{type(exc).__name__}: {exc.msg}", exc.lineno, out.result())
        except (UnicodeDecodeError, ValueError) as exc:
            return ("compile_error", f"cannot read the file: {exc}", None, out.result())
        module = types.ModuleType("solution")
        module.__file__ = path
        sys.modules["solution"] = module
        try:
            exec(code, module.__dict__)
        except ImportError as exc:
            line = next((f.lineno for f in reversed(traceback.extract_tb(exc.__traceback__))
                         if f.filename == path), None)
            return ("compile_error", f"{type(exc).__name__}: {exc}", line, out.result())
        except BaseException as exc:
            return ("raised", exception_info(exc, path), out.result())
        found = module.__dict__.get(entry)
        if found is None:
            return ("compile_error", f"no {kind} named '{entry}' in the file", None, out.result())
        if kind == "class" and not isinstance(found, type):
            return ("compile_error",
                    f"'{entry}' must be a class, but it is {type(found).__name__}",
                    None, out.result())
        if kind == "function" and (isinstance(found, type) or not callable(found)):
            what = "a class" if isinstance(found, type) else type(found).__name__
            return ("compile_error", f"'{entry}' must be a function, but it is {what}",
                    None, out.result())
        for name in also:
            extra = module.__dict__.get(name)
            if extra is None or isinstance(extra, type) or not callable(extra):
                what = "missing" if extra is None else f"a {type(extra).__name__}"
                return ("compile_error", f"the file must also define a function '{name}'"
                        f" ({what})", None, out.result())
            self.extras[name] = extra
        self.entry = found
        return ("loaded", out.result(), self.confinement)

    def call(self, target: Any, args: tuple[Any, ...], kwargs: dict[str, Any],
             opts: dict[str, Any]) -> tuple[Any, ...]:
        if target is None:
            fn = self.entry
        elif target[0] == "function":
            fn = self.extras[target[1]]
        else:
            handle, method = target
            fn = getattr(self.objects[handle], method)
        args, kwargs = made(args, kwargs)
        check = opts.get("check_mutation", True)
        # Handles stay in args, so an object passed in is not taken for the caller's
        # data: what a call may do to it is the problem's tests' business.
        before = fingerprints(args, kwargs) if check else []
        try:
            given, named = self.resolved(args, kwargs)
        except KeyError as exc:
            return ("raised", {"type": "JudgeProtocolError", "mro": [], "traceback": [],
                               "message": f"no object {exc}"}, {"text": "", "total": 0})
        out = self.capture()
        try:
            value = fn(*given, **named)
        except BaseException as exc:
            return ("raised", exception_info(exc, self.path), out.result())
        finally:
            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        mutated: list[int | str] = []
        if check:
            names: list[int | str] = [*range(len(args)), *kwargs]
            now = fingerprints(args, kwargs)
            mutated = [name for name, b, a in zip(names, before, now, strict=True)
                       if b is not None and b != a]
        if target is None and isinstance(self.entry, type):
            handle = len(self.objects) + 1
            self.objects[handle] = value
            return ("object", handle, out.result())
        return ("ok", to_plain(value), mutated, out.result())

    def replay(self, code: str) -> tuple[Any, ...]:
        """Run ``code`` as a paste into Python with the submission imported; its value
        is the last statement's (an expression, or the target of an assignment)."""
        import ast

        out = self.capture()
        try:
            tree = ast.parse(code, "<reproduce>")
            last = tree.body.pop() if tree.body else None
            namespace: dict[str, Any] = {"__name__": "__main__"}
            exec("from solution import *", namespace)  # as a person would paste it
            exec(compile(tree, "<reproduce>", "exec"), namespace)
            value = None
            if isinstance(last, ast.Expr):
                value = eval(compile(ast.Expression(last.value), "<reproduce>", "eval"),
                             namespace)
            elif last is not None:
                exec(compile(ast.Module([last], []), "<reproduce>", "exec"), namespace)
                if isinstance(last, ast.Assign) and isinstance(last.targets[-1], ast.Name):
                    value = namespace[last.targets[-1].id]
        except BaseException as exc:
            return ("raised", exception_info(exc, self.path), out.result())
        finally:
            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        return ("ok", to_plain(value), [], out.result())

    def resolved(self, args: tuple[Any, ...], kwargs: dict[str, Any]
                 ) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """Top-level handles become the objects they name (KeyError: no such object)."""
        def real(value: Any) -> Any:
            return self.objects[value.id] if isinstance(value, Handle) else value

        return tuple(real(a) for a in args), {k: real(v) for k, v in kwargs.items()}

    def prepare(self, keys: Any) -> tuple[Any, ...]:
        """Fresh top-level copies of the stashed inputs the next run calls on, one
        per call (a list of keys; a single key for one input)."""
        chosen = keys if isinstance(keys, list) else [keys]
        # Each timed call has an input of its own, used once in this worker (the
        # holder's copy, shared copy-on-write): no copy is made, so a 10^7-entry
        # input does not cost twice its memory; only recipes are made anew.
        self.prepared = [(tuple(made_anew(a) for a in args),
                          {k: made_anew(v) for k, v in kw.items()})
                         for args, kw in (self.stash[key] for key in chosen)]
        self.results = []
        gc.collect()
        gc.disable()
        return ("prepared",)

    def run(self, repeat: int) -> tuple[Any, ...]:
        """The timed part: nothing but the calls (and the GC is off). Call ``i``
        gets prepared input ``i``, cycling; the results are kept for ``results``."""
        assert self.prepared is not None
        fn, driven = self.entry, self.driver is not None
        if driven:
            fn = self.driver
        inputs = [((self.entry, *args) if driven else args, kwargs)
                  for args, kwargs in self.prepared]
        if len(inputs) < repeat:
            inputs = [inputs[i % len(inputs)] for i in range(repeat)]
        keep = self.results.append
        out = self.capture()
        started = time.process_time_ns()
        try:
            for args, kwargs in inputs[:repeat]:
                keep(fn(*args, **kwargs))
        except BaseException as exc:
            return ("raised", exception_info(exc, self.path), out.result())
        finally:
            inner = time.process_time_ns() - started
            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
            self.prepared = None
            gc.enable()
        return ("ran", inner)

    def prints(self) -> tuple[Any, ...]:
        """Fingerprints of the last run's results (judge.isolation.prints), untimed."""
        from judge.isolation.prints import result_print

        results, self.results = self.results, []
        return ("prints", [result_print(value) for value in results])

    def profile(self, interval_s: float) -> tuple[Any, ...]:
        """One call on the first prepared input, sampled on a profiling timer.

        CPython runs a signal handler only between bytecodes, at a loop's back
        edge or after a call, so the line a tick lands on is not the line that
        took the time (a ``v in some_list`` scan ticks at its loop's end). So
        each tick opens a short window instead: the submission's innermost
        frame is traced line by line for up to WINDOW_LINES lines, and the tick
        is shared among those lines by the time each took. The cost is a few
        dozen traced lines per tick, not cProfile's on every call. Returns the
        samples by line number (fractions of ticks) and the number of ticks."""
        import signal

        assert self.prepared is not None
        args, kwargs = self.prepared[0]
        fn = self.entry
        if self.driver is not None:
            fn, args = self.driver, (self.entry, *args)
        window = _LineWindow(self.path)

        previous = signal.signal(signal.SIGPROF, window.tick)
        out = self.capture()
        signal.setitimer(signal.ITIMER_PROF, interval_s, interval_s)
        try:
            fn(*args, **kwargs)
        except BaseException as exc:
            return ("raised", exception_info(exc, self.path), out.result())
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
            signal.signal(signal.SIGPROF, previous)
            window.close()
            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
            self.prepared = None
            gc.enable()
        return ("profiled", window.samples, window.ticks)

    def serve(self) -> None:
        while True:
            try:
                header = read_exact(self.in_fd, HEADER.size)
            except EOFError:
                return
            (size,) = HEADER.unpack(header)
            message = loads_args(read_exact(self.in_fd, size))
            op = message[0]
            if op == "exit":
                return
            if op == "load":
                reply = self.load(*message[1:])
            elif op == "call":
                reply = self.call(*message[1:])
            elif op == "batch":
                replies = []
                for args in message[2]:
                    one = self.call(message[1], args, {}, message[3])
                    replies.append(one)
                    if one[0] != "ok":
                        break
                reply = ("batch", replies)
            elif op == "replay":
                reply = self.replay(message[1])
            elif op == "prepare":
                reply = self.prepare(message[1])
            elif op == "run":
                reply = self.run(message[2])
            elif op == "prints":
                reply = self.prints()
            elif op == "profile":
                reply = self.profile(message[1])
            elif op == "driver":
                namespace: dict[str, Any] = {"__name__": "judge_speed_driver"}
                exec(compile(message[1], "<speed driver>", "exec"), namespace)
                self.driver = namespace[message[2]]
                reply = ("driven",)
            else:
                reply = ("raised", {"type": "JudgeProtocolError", "mro": [], "traceback": [],
                                    "message": f"unknown op {op!r}"}, {"text": "", "total": 0})
            self.send(reply)


WINDOW_LINES = 30


class _LineWindow:
    """The sampler of ``Worker.profile``: a tick opens a line-timing window on
    the innermost frame of the submission's file (see there)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.samples: dict[int, float] = {}
        self.ticks = 0
        self.frame: types.FrameType | None = None
        self.weight = 0
        self.times: dict[int, int] = {}
        self.line: int | None = None
        self.since = 0
        self.left = 0
        self.fallback: int | None = None

    def tick(self, signum: int, frame: types.FrameType | None) -> None:
        self.ticks += 1
        if self.frame is not None:  # a window is open: this tick is shared by it
            self.weight += 1
            return
        while frame is not None and frame.f_code.co_filename != self.path:
            frame = frame.f_back
        if frame is None:
            return
        self.frame, self.weight, self.times, self.left = frame, 1, {}, WINDOW_LINES
        self.line = self.fallback = _line_of(frame)
        frame.f_trace = self.local
        frame.f_trace_lines = True
        sys.settrace(_no_trace)
        self.since = time.perf_counter_ns()

    def local(self, frame: types.FrameType, event: str, arg: Any) -> Any:
        now = time.perf_counter_ns()
        if frame is not self.frame:
            return None
        if self.line is not None:
            self.times[self.line] = self.times.get(self.line, 0) + now - self.since
        self.line = frame.f_lineno
        self.left -= 1
        if event != "line" or self.left <= 0:
            self.close()
            return None
        self.since = time.perf_counter_ns()
        return self.local

    def close(self) -> None:
        if self.frame is None:
            return
        sys.settrace(None)
        self.frame.f_trace = None
        total = sum(self.times.values())
        if total > 0:
            for line, spent in self.times.items():
                self.samples[line] = self.samples.get(line, 0.0) + self.weight * spent / total
        elif self.fallback is not None:
            self.samples[self.fallback] = self.samples.get(self.fallback, 0.0) + self.weight
        self.frame = None


def _no_trace(frame: types.FrameType, event: str, arg: Any) -> None:
    """The global trace function while a window is open: frames it calls are not traced."""
    return None


def _line_of(frame: types.FrameType) -> int | None:
    """The frame's line; at a loop's backward jump, where signal handlers run,
    ``f_lineno`` is None, and the line is the last one the code table gives up
    to the current instruction."""
    if frame.f_lineno is not None:
        return frame.f_lineno
    line = None
    for start, _end, number in frame.f_code.co_lines():
        if start > frame.f_lasti:
            break
        if number is not None:
            line = number
    return line


def serve_forked(in_fd: int, out_fd: int, limits: dict[str, int], confine_spec: str,
                 stash: dict[Any, Any]) -> None:
    """The worker's life after the zygote forked it (judge.isolation.zygote):
    confine, limit, then serve requests until told to exit. ``stash`` holds a
    speed input the zygote's holder already unpickled."""
    confinement = "rlimits only (confinement turned off)"
    if confine_spec:
        import json

        from judge.isolation.confine import confine

        where = json.loads(confine_spec)
        confinement = confine(where["submission"], os.getcwd(), where["package"],
                              where["hidden"])
    set_limits(limits)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    builtins.input = _no_input  # the judge has no one to type: fail fast, not hang
    worker = Worker(in_fd, out_fd, limits["output_kb"] << 10)
    worker.stash.update(stash)
    worker.confinement = confinement
    worker.serve()
    os._exit(0)


def _no_input(prompt: object = "") -> str:
    raise EOFError("input() is not available: the judge calls your function with arguments")


