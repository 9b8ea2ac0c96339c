"""The pad's console: call your function on an input you typed, in the sandboxed worker.

What may be typed (parsed here with :mod:`ast`, never evaluated)::

    most_played_track(["a", "b", "a"])      a call of the entry point (or of an
                                            ``also`` function), literal arguments
    ["a", "b", "a"]                         the same: the arguments alone
    (["a", "b"], 2)                         ... several, as a tuple
    cache = LRUTrackCache(2)                a class problem: make an object,
    cache.put("a", b"1")                    then call its methods, one per line
    rmse(np.array([1.0, 2.0]), [1.0, 2.5])  numpy arrays: np.array(literal, dtype=...)

so a reproduce line of a Wrong Answer pastes as it is. Each line's arguments
are literals (``ast.literal_eval``) built in this process; the calls run in a
fresh :class:`~judge.isolation.client.WorkerProcess` on a private snapshot of
the file (like a check), and what comes back is plain data.
"""

from __future__ import annotations

import ast
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from judge.errors import JudgeError
from judge.isolation.client import (
    CompileFailed,
    Died,
    Loaded,
    MadeObject,
    Raised,
    Returned,
    WorkerProcess,
    kill_strays,
)
from judge.isolation.environment import explain_load_error
from judge.isolation.wire import Array, code_repr
from judge.packages.format import Problem

MAX_INPUT = 100_000  # characters
MAX_LINES = 50
NUMPY_NAMES = ("np", "numpy")


class ConsoleInputError(JudgeError):
    """The console's input is not a call with literal arguments: the message says where."""


@dataclass(frozen=True)
class Step:
    """One statement: make an object, or call something, with built arguments."""

    source: str
    target: Any  # None: the entry point; ("function", name); (variable, method)
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    assign: str | None = None  # the variable that names the object made


@dataclass(frozen=True)
class Line:
    source: str
    value: str | None = None  # repr of the result
    output: str = ""  # what the call printed
    error: str | None = None  # an exception, a crash, a time-out

    def __str__(self) -> str:
        return f">>> {self.source}: {self.error or self.value}"


@dataclass(frozen=True)
class ConsoleResult:
    lines: tuple[Line, ...] = ()
    error: str | None = None  # the file did not load
    output: str = ""  # what loading printed
    mutated: tuple[str, ...] = field(default_factory=tuple)

    def as_json(self) -> dict[str, Any]:
        return {"error": self.error, "output": self.output,
                "lines": [{"source": line.source, "value": line.value, "output": line.output,
                           "error": line.error} for line in self.lines]}


# --- parsing -----------------------------------------------------------------------------


def parse(text: str, problem: Problem) -> list[Step]:
    """The statements of ``text`` as steps; ConsoleInputError names the first bad one."""
    if len(text) > MAX_INPUT:
        raise ConsoleInputError(f"the input is {len(text):,} characters: at most {MAX_INPUT:,}")
    if not text.strip():
        raise ConsoleInputError(f"type a call, e.g. {problem.entry}(...)")
    try:
        tree = ast.parse(text.strip(), mode="exec")
    except SyntaxError as exc:
        raise ConsoleInputError(f"line {exc.lineno}: {exc.msg}") from None
    if len(tree.body) > MAX_LINES:
        raise ConsoleInputError(f"{len(tree.body)} statements: at most {MAX_LINES}")
    objects: set[str] = set()
    steps = []
    for node in tree.body:
        source = ast.get_source_segment(text.strip(), node) or ""
        steps.append(_step(node, source, problem, objects))
    return steps


def _step(node: ast.stmt, source: str, problem: Problem, objects: set[str]) -> Step:
    where = f"line {node.lineno}"
    if (isinstance(node, ast.Assign) and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call)):
        call = node.value
        if not (isinstance(call.func, ast.Name) and call.func.id == problem.entry
                and problem.kind == "class"):
            raise ConsoleInputError(f"{where}: only `name = {problem.entry}(...)` may assign")
        objects.add(node.targets[0].id)
        args, kwargs = _arguments(call, where)
        return Step(source, None, args, kwargs, assign=node.targets[0].id)
    if not isinstance(node, ast.Expr):
        raise ConsoleInputError(f"{where}: type a call such as {problem.entry}(...),"
                                " or its arguments")
    value = node.value
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
        name = value.func.id
        if name == problem.entry and problem.kind != "class":
            return Step(source, None, *_arguments(value, where))
        if name in problem.also:
            return Step(source, ("function", name), *_arguments(value, where))
        if name == problem.entry:
            raise ConsoleInputError(f"{where}: name the object: obj = {problem.entry}(...)")
        raise ConsoleInputError(f"{where}: {name}() is not {problem.entry}()")
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
        owner = value.func.value
        if isinstance(owner, ast.Name) and owner.id in objects:
            args, kwargs = _arguments(value, where)
            return Step(source, (owner.id, value.func.attr), args, kwargs)
        if not (isinstance(owner, ast.Name) and owner.id in NUMPY_NAMES):
            raise ConsoleInputError(f"{where}: call a method of an object made above")
    if problem.kind == "class":
        raise ConsoleInputError(f"{where}: start with obj = {problem.entry}(...)")
    # the arguments alone: a tuple is several, anything else one
    items = value.elts if isinstance(value, ast.Tuple) else [value]
    return Step(source, None, tuple(literal(item, where) for item in items), {})


def _arguments(call: ast.Call, where: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
    args = []
    for arg in call.args:
        if isinstance(arg, ast.Starred):
            raise ConsoleInputError(f"{where}: *arguments are not supported")
        args.append(literal(arg, where))
    kwargs = {}
    for keyword in call.keywords:
        if keyword.arg is None:
            raise ConsoleInputError(f"{where}: **arguments are not supported")
        kwargs[keyword.arg] = literal(keyword.value, where)
    return tuple(args), kwargs


def literal(node: ast.expr, where: str) -> Any:
    """A literal, or np.array(literal[, dtype=...]); nothing else is evaluated."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id in NUMPY_NAMES
            and node.func.attr in ("array", "asarray") and len(node.args) == 1):
        import numpy as np

        data = literal(node.args[0], where)
        dtype = None
        for keyword in node.keywords:
            if keyword.arg != "dtype":
                raise ConsoleInputError(f"{where}: np.array takes only dtype=")
            dtype = _dtype(keyword.value, where)
        try:
            return np.array(data, dtype=dtype)
        except (TypeError, ValueError) as exc:
            raise ConsoleInputError(f"{where}: np.array: {exc}") from None
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        text = ast.unparse(node)
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise ConsoleInputError(f"{where}: {shown} is not a literal (numbers, strings,"
                                " lists, tuples, dicts, sets, None, np.array(...))") from None


def _dtype(node: ast.expr, where: str) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            and node.value.id in NUMPY_NAMES):
        return node.attr
    if isinstance(node, ast.Name) and node.id in ("int", "float", "bool", "complex"):
        return node.id
    raise ConsoleInputError(f"{where}: dtype must be like np.float32 or 'int64'")


# --- running -----------------------------------------------------------------------------


def show_value(value: Any) -> str:
    if isinstance(value, Array):
        try:
            return code_repr(value.to_numpy())
        except Exception:  # a malformed array record: its plain repr
            return repr(value)
    return code_repr(value)


def _raised(reply: Raised) -> str:
    frames = "\n".join(reply.traceback)
    return (frames + "\n" if frames else "") + f"{reply.type}: {reply.message}"


def run(problem: Problem, submission: Path, text: str) -> ConsoleResult:
    """Parse ``text``, then run it against a snapshot of ``submission``."""
    steps = parse(text, problem)
    try:
        source = submission.read_bytes()
    except OSError as exc:
        raise JudgeError(f"{submission}: cannot be read ({exc.strerror or exc})") from None
    rundir = Path(tempfile.mkdtemp(prefix=f"judge-console-{problem.slug}-"))
    try:
        snapshot = rundir / "solution.py"
        snapshot.write_bytes(source)
        snapshot.chmod(0o444)
        worker = WorkerProcess(snapshot, problem.entry, problem.kind, problem.limits,
                               rundir / "worker", hash_seed=0, also=problem.also,
                               hidden=(problem.path,))
        try:
            return _run_steps(worker, steps)
        finally:
            worker.close()
    finally:
        kill_strays(str(rundir.resolve()) + "/")
        shutil.rmtree(rundir, ignore_errors=True)


def _run_steps(worker: WorkerProcess, steps: list[Step]) -> ConsoleResult:
    loaded = worker.start()
    if isinstance(loaded, CompileFailed):
        where = f" (line {loaded.line})" if loaded.line else ""
        return ConsoleResult(error=explain_load_error(f"your file does not load{where}:"
                                                      f" {loaded.message}"),
                             output=loaded.output.shown())
    if isinstance(loaded, Raised):
        return ConsoleResult(error="your file raised while loading:\n" + _raised(loaded),
                             output=loaded.output.shown())
    if isinstance(loaded, Died):
        return ConsoleResult(error=f"the worker stopped while loading your file ({loaded.how}:"
                             f" {loaded.detail})", output=loaded.output.shown())
    assert isinstance(loaded, Loaded)
    handles: dict[str, int] = {}
    lines = []
    for step in steps:
        target = step.target
        if isinstance(target, tuple) and target[0] != "function":
            target = (handles[target[0]], target[1])
        reply = worker.call(target, step.args, step.kwargs)
        if isinstance(reply, MadeObject):
            if step.assign:
                handles[step.assign] = reply.handle
            lines.append(Line(step.source, None, reply.output.shown()))
        elif isinstance(reply, Returned):
            lines.append(Line(step.source, show_value(reply.value), reply.output.shown()))
        elif isinstance(reply, Raised):
            lines.append(Line(step.source, None, reply.output.shown(), _raised(reply)))
            break
        elif isinstance(reply, Died):
            what = {"timeout": "ran past its time limit", "cpu": "ran out of CPU time",
                    "memory": "ran out of memory"}.get(reply.how, f"stopped ({reply.how})")
            lines.append(Line(step.source, None, reply.output.shown(),
                              f"the call {what}: {reply.detail}"))
            break
        else:
            lines.append(Line(step.source, None, "", "the worker gave an unexpected reply"))
            break
    return ConsoleResult(tuple(lines))
