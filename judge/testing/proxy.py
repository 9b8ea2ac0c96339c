"""The submission, seen from the grading process: :class:`Solution` sends every
call to the worker; an instance of a class problem's class is a
:class:`RemoteObject` there, and the calls on it are kept as a :class:`Transcript`
that prints as code to paste."""

from __future__ import annotations

import contextlib
import copy
import functools
import itertools
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.grading.outcomes import (
    NOTHING,
    TOO_LARGE,
    Call,
    CompileFailure,
    Kind,
    LoadFailure,
    MemoryLimit,
    NotImplementedYet,
    Outcome,
    SubmissionCrashed,
    SubmissionRaised,
    TimeLimit,
    WrongAnswer,
    as_reported,
    evidence_of,
    reply_outcome,
)
from judge.isolation.client import (
    Batch,
    CompileFailed,
    Died,
    Loaded,
    MadeObject,
    Raised,
    Reply,
    Returned,
    WorkerProcess,
)
from judge.isolation.environment import explain_load_error
from judge.isolation.wire import Handle, code_repr, safe_repr
from judge.packages.format import Problem
from judge.testing.types import check_type

HISTORY = 5000  # calls kept of the current example (a statistical test makes thousands)
LARGE_KEPT = 4  # of them, calls whose arguments hold over LARGE items
LARGE = 10_000


def _large(call: Call) -> bool:
    """Whether ``call``'s arguments hold many items (their sizes, not their reprs)."""
    total = 0
    for value in (*call.args, *call.kwargs.values()):
        size = getattr(value, "size", None)  # a numpy array
        if isinstance(size, int):
            total += size
        elif hasattr(value, "nnz"):
            total += int(value.nnz)
        elif isinstance(value, (list, tuple, dict, set, str, bytes)):
            total += len(value)
    return total > LARGE


@dataclass(frozen=True)
class Observed:
    """What one call of the submission did, in the terms a report shows it: the
    value's repr, that it made an object, the exception's type, or how it died."""

    kind: str  # "value" | "object" | "raised" | "died"
    text: str = ""

    @classmethod
    def of(cls, reply: Reply) -> Observed:
        if isinstance(reply, Returned):
            return cls("value", safe_repr(as_reported(reply.value), 1500))
        if isinstance(reply, MadeObject):
            return cls("object")
        if isinstance(reply, Raised):
            return cls("raised", reply.type)
        if isinstance(reply, Died):
            return cls("died", reply.how)
        return cls("died", "protocol")

    def __str__(self) -> str:
        return {"value": f"returned {self.text}", "object": "made an object",
                "raised": f"raised {self.text}", "died": "died"}[self.kind]


@dataclass(frozen=True)
class Record:
    """One call of a function (not a method) in the current example, and what it did."""

    call: Call
    value: Any  # the plain value it returned (judge.grading.outcomes.NOTHING otherwise)
    observed: Observed


@dataclass(frozen=True)
class Step:
    """One call in a transcript: ``target`` was made (``method`` None) or called."""

    seq: int
    target: RemoteObject
    method: str | None
    call: Call


class Transcript:
    """The calls on instances of a class problem, printable as code to paste.

    An instance is named by the last word of its class name (LRUTrackCache ->
    ``cache``; a second one in the same transcript is ``cache2``). Objects that
    meet in a call (``sketch.merge(other)``, or an object passed to the
    constructor) share one transcript from then on, so the code shows how
    every object involved was made. After Hypothesis shrinks a failing rule
    sequence it replays it once more, so the transcript then holds exactly the
    minimal sequence.
    """

    def __init__(self, steps: Iterable[Step] = ()) -> None:
        self.steps = list(steps)
        self.members: list[RemoteObject] = []  # the objects whose calls this holds
        self.outcomes: dict[int, Observed] = {}  # what each step did, by its seq

    def snapshot(self) -> Transcript:
        """A copy that later calls do not change (what a failure keeps)."""
        copy_ = Transcript(self.steps)
        copy_.outcomes = dict(self.outcomes)
        return copy_

    def subset(self, steps: list[Step]) -> Transcript:
        """The transcript of only ``steps`` (in their order), with their outcomes."""
        part = Transcript(steps)
        part.outcomes = {step.seq: self.outcomes[step.seq] for step in steps
                         if step.seq in self.outcomes}
        return part

    @classmethod
    def shared(cls, objects: list[RemoteObject]) -> Transcript:
        """The one transcript of ``objects`` (and of every object that shared one with
        any of them): theirs, if they already share it, else all their steps joined."""
        transcripts = list({id(obj._transcript): obj._transcript for obj in objects}.values())
        if len(transcripts) == 1:
            return transcripts[0]
        steps = {step.seq: step for transcript in transcripts for step in transcript.steps}
        joined = cls(sorted(steps.values(), key=lambda step: step.seq))
        for transcript in transcripts:
            joined.outcomes.update(transcript.outcomes)
        for transcript in transcripts:
            for member in transcript.members:
                joined.join(member)
        return joined

    def join(self, obj: RemoteObject) -> None:
        obj._transcript = self
        if all(member is not obj for member in self.members):
            self.members.append(obj)

    def add(self, step: Step) -> None:
        self.steps.append(step)

    @property
    def lines(self) -> list[str]:
        names: dict[int, str] = {}
        counts: dict[str, int] = {}
        for step in self.steps:
            if step.method is None:
                base = instance_name(step.call.name)
                counts[base] = counts.get(base, 0) + 1
                names[id(step.target)] = base if counts[base] == 1 else f"{base}{counts[base]}"
        lines = []
        for step in self.steps:
            variable = names.get(id(step.target), "obj")
            code = _with_names(step.call, names).code()
            if step.method is None:
                lines.append(f"{variable} = {code}")
            elif step.method == "__len__":
                lines.append(f"len({variable})")
            else:
                lines.append(f"{variable}.{step.method}({code.split('(', 1)[1]}")
        return lines

    def code(self) -> str:
        return "\n".join(self.lines)

    def __str__(self) -> str:
        return self.code()


class _Variable:
    """An object of the worker in a printed call: its variable name."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


def _with_names(call: Call, names: dict[int, str]) -> Call:
    """``call`` with each object of the worker among its arguments shown by name."""
    def named(value: Any) -> Any:
        if isinstance(value, RemoteObject):
            return _Variable(names.get(id(value), "obj"))
        if type(value) in (list, tuple):
            return type(value)(named(v) for v in value)
        if type(value) is dict:
            return {k: named(v) for k, v in value.items()}
        return value

    return Call(call.name, named(call.args), named(call.kwargs))


def instance_name(class_name: str) -> str:
    words = re.findall(r"[A-Z][a-z]+|[a-z]+", class_name)
    return words[-1].lower() if words else "obj"


PASTE_LIMIT = 2000


def as_code(call: Any, limit: int = PASTE_LIMIT) -> str:
    """A call as one line of Python to paste, with the imports its arrays and sparse
    matrices need (:func:`judge.isolation.wire.code_repr` prints them as code),
    when it fits in ``limit``; else the call as the report would show it."""
    if not isinstance(call, Call):
        return str(call)
    text = call.code(limit)
    values = (*call.args, *call.kwargs.values())
    if TOO_LARGE in text or not all(_as_code(value, limit) for value in values):
        return str(call)
    kinds = sorted({type(v).__name__ for v in values
                    if str(type(v).__module__).startswith("scipy.sparse")})
    imports = ["import numpy as np"] if "np." in text else []
    if kinds:
        imports.append(f"from scipy.sparse import {', '.join(kinds)}")
    return "; ".join([*imports, text])


def _as_code(value: Any, limit: int) -> bool:
    """Whether code_repr prints ``value`` as code (not numpy's abbreviated repr)."""
    module = str(type(value).__module__)
    if not (module.startswith(("numpy", "scipy.sparse")) and hasattr(value, "shape")):
        return True
    return code_repr(value, limit).startswith(("np.", f"{type(value).__name__}("))


@contextlib.contextmanager
def pasteable(solution: Solution, limit: int = PASTE_LIMIT) -> Iterator[None]:
    """A failure inside the block shows the last call as :func:`as_code` gives it: a
    "Reproduce" line that builds its matrices, even when it is longer than the
    report's usual line."""
    try:
        yield
    except BaseException as exc:
        if isinstance(exc, Outcome) and getattr(exc, "call", None):
            exc.call = as_code(solution.last_call, limit)  # type: ignore[attr-defined]
            exc.evidence = evidence_of(solution.last_call)
        raise


LARGE_CALL_FLOOR_S = 8.0  # CPU seconds a call on a large input may always take
LARGE_CALL_FACTOR = 10.0  # ... or this many times the reference's longest call in the
# test (CPU time both), or twice the problem's speed limit if that is more: a
# textbook solution the speed phase accepts never runs out here, while a
# hopeless one stops in seconds whatever the machine's load
LARGE_CALL_UNTIMED_S = 20.0  # ... in a test that never called a timed reference


class ReferenceClock:
    """The longest call of the reference in the current test, in CPU seconds (the
    reference runs in this trusted process): a large input's call limit follows
    it, so a hopeless submission stops in seconds, not at the test's ceiling."""

    def __init__(self, speed_factor: float = 0.0) -> None:
        self.longest: float | None = None
        self.factor = max(LARGE_CALL_FACTOR, 2 * speed_factor)

    def reset(self) -> None:
        self.longest = None

    def timed(self, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def call(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.process_time() - started
                self.longest = max(self.longest or 0.0, elapsed)

        return call

    def cpu_limit(self, ceiling: float) -> float:
        """A large input's CPU limit per call, under ``ceiling`` (time_limit's)."""
        if self.longest is None:
            return min(ceiling, LARGE_CALL_UNTIMED_S)
        return min(ceiling, max(LARGE_CALL_FLOOR_S, self.factor * self.longest))


class Solution:
    """The submission, seen from the grading process: every call goes to the worker."""

    def __init__(self, problem: Problem, submission: Path, workdir: Path,
                 param_names: tuple[str, ...] = (), hash_seed: int = 0) -> None:
        self.problem = problem
        self.submission = submission
        self.workdir = workdir
        self.hash_seed = hash_seed
        self.worker = WorkerProcess(submission, problem.entry, problem.kind, problem.limits,
                                    workdir, hash_seed, also=problem.also,
                                    hidden=(problem.path,))
        self.twins: dict[int, Solution] = {}
        self.param_names = param_names
        self.generation = 0
        self.last_call: Call | Transcript | None = None
        self.steps = itertools.count()  # orders the steps of every transcript
        self.last_output = ""
        self.calls = 0
        self.timeout_override: float | None = None
        self.hunting = False
        self.clock = ReferenceClock()  # the plugin times its reference fixture with it
        # The calls of functions in the current example (judge.testing.reproduce)
        self.history: deque[Record] = deque(maxlen=HISTORY)
        self.large = 0  # calls on large inputs in the history
        self.signatures: dict[str, tuple[str, ...]] = {problem.entry: param_names}
        self.reference_names: dict[str, Any] = {}  # the reference's, to confirm a shorter sequence

    def begin_example(self) -> None:
        """A test (or a Hypothesis example) starts: the calls before it are not its own."""
        self.history.clear()
        self.large = 0

    def remember(self, record: Record) -> None:
        """Keep ``record`` in the example's history; of calls on large inputs (a
        correctness test's big case) only the last few are kept, for memory's sake."""
        if _large(record.call):
            self.large += 1
            if self.large > LARGE_KEPT:
                oldest = next((r for r in self.history if _large(r.call)), None)
                if oldest is None:  # the deque's own limit dropped them already
                    self.large = 1
                else:
                    self.history.remove(oldest)
                    self.large -= 1
        self.history.append(record)

    def ensure_started(self) -> None:
        if self.worker.alive:
            return
        self.generation += 1
        reply = self.worker.start()
        if isinstance(reply, Loaded):
            return
        self.worker.close()
        if isinstance(reply, CompileFailed):
            where = f" (line {reply.line})" if reply.line else ""
            raise CompileFailure(explain_load_error(f"{reply.message}{where}"), reply.line,
                                 reply.output.shown())
        found = reply_outcome(reply)
        if found.kind is Kind.MEMORY_LIMIT and isinstance(reply, Raised):
            raise MemoryLimit(f"{found.reason} while the file was loading",
                              output=reply.output.shown(), traceback=reply.traceback)
        if isinstance(reply, Raised):
            raise LoadFailure(f"loading the file raised {reply.type}: {reply.message}",
                              output=reply.output.shown(), traceback=reply.traceback)
        if found.kind is Kind.TIME_LIMIT:
            raise TimeLimit(f"loading the file {found.reason}", output=reply.output.shown())
        if found.kind is Kind.MEMORY_LIMIT:
            raise MemoryLimit(f"loading the file {found.reason}", output=reply.output.shown())
        raise LoadFailure(f"loading the file {found.reason}", output=reply.output.shown())

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.invoke(None, self.problem.entry, args, kwargs, self.timeout_override)

    def _cpu_limit(self, timeout: float | None) -> float | None:
        """A ``time_limit`` block's calls also stop on CPU time that follows the
        reference's (the block's ``seconds`` stay the wall-clock backstop)."""
        return None if timeout is None else self.clock.cpu_limit(timeout)

    def map(self, args_list: list[tuple[Any, ...]]) -> list[Any]:
        """The entry point on many small inputs, in one round trip to the worker
        (a statistical test's thousands of seeded runs). Each result is settled
        like a single call; the first failure raises, naming its call."""
        self.ensure_started()
        calls = [Call(self.problem.entry, copy.deepcopy(args), {}) for args in args_list]
        budget = self.timeout_override or self.problem.limits.call_timeout_s
        reply = self.worker.batch(None, list(args_list),
                                  timeout=budget * max(1.0, len(args_list) / 200))
        self.calls += len(args_list)
        if not isinstance(reply, Batch):
            self.last_call = calls[0] if calls else None
            if calls:
                self.remember(Record(calls[0], NOTHING, Observed.of(reply)))
            return [self.settle(calls[0], reply)] if calls else []
        values = []
        for call, one in zip(calls, reply.replies, strict=False):
            self.last_call = call
            self.remember(Record(call, one.value if isinstance(one, Returned) else NOTHING,
                                 Observed.of(one)))
            output = getattr(one, "output", None)
            self.last_output = output.shown() if output is not None else ""
            values.append(self.settle(call, one))
        return values

    def function(self, name: str) -> Callable[..., Any]:
        """Another function the submission defines (problem.toml ``also``)."""
        if name not in self.problem.also:
            raise ValueError(f"{name!r} is not in the problem's 'also' list")

        def call(*args: Any, **kwargs: Any) -> Any:
            return self.invoke(("function", name), name, args, kwargs, self.timeout_override)

        return call

    def with_hash_seed(self, seed: int) -> Solution:
        """The same submission in another worker whose PYTHONHASHSEED is ``seed``:
        an answer that depends on the process (builtin hash, set order) shows it."""
        if seed == self.hash_seed:
            return self
        if seed not in self.twins:
            twin = Solution(self.problem, self.submission, self.workdir.parent
                            / f"{self.workdir.name}-seed{seed}", self.param_names, seed)
            twin.hunting = self.hunting
            self.twins[seed] = twin
        twin = self.twins[seed]
        twin.timeout_override = self.timeout_override
        twin.clock = self.clock
        return twin

    @contextlib.contextmanager
    def time_limit(self, seconds: float) -> Iterator[None]:
        """Calls in this block may take longer (a large correctness input that a
        correct but naive solution must still finish, to be judged on speed): up
        to ``seconds`` of wall time, and as much CPU time as ReferenceClock.cpu_limit
        allows (LARGE_CALL_FACTOR times the reference's, at least LARGE_CALL_FLOOR_S).

        Once the verdict is known (the plugin is hunting for a smaller failing
        input), such a test is skipped: a large input is never the smaller one.
        """
        if self.hunting:
            import pytest

            pytest.skip("the verdict is known; a large input cannot be smaller evidence")
        previous, self.timeout_override = self.timeout_override, seconds
        try:
            yield
        finally:
            self.timeout_override = previous

    def invoke(self, target: Any, name: str, args: tuple[Any, ...], kwargs: dict[str, Any],
               timeout: float | None = None, receiver: RemoteObject | None = None) -> Any:
        """Call ``target`` in the worker (on ``receiver``, for a method); objects of the
        worker among the arguments cross as handles (judge.isolation.wire.Handle)."""
        passed = [a for a in (*args, *kwargs.values()) if isinstance(a, RemoteObject)]
        for obj in passed:
            obj._check_usable(self)
        self.ensure_started()
        call = Call(name, copy.deepcopy(args), copy.deepcopy(kwargs))
        self.last_call = call
        involved = [receiver] if receiver is not None else []
        involved += passed
        transcript = Transcript.shared(involved) if involved else Transcript()
        step = None
        if receiver is not None:
            step = Step(next(self.steps), receiver, target[1], call)
            transcript.add(step)
            self.last_call = transcript
        self.calls += 1
        reply = self.worker.call(target, args, kwargs, timeout=timeout,
                                 cpu_limit=self._cpu_limit(timeout))
        output = getattr(reply, "output", None)
        self.last_output = output.shown() if output is not None else ""
        if step is not None:
            transcript.outcomes[step.seq] = Observed.of(reply)
        if isinstance(reply, MadeObject):
            made = self.settle(call, reply)
            step = Step(next(self.steps), made, None, call)
            transcript.add(step)
            transcript.outcomes[step.seq] = Observed.of(reply)
            transcript.join(made)
            self.last_call = transcript
            return made
        if receiver is None:
            self.remember(Record(call, reply.value if isinstance(reply, Returned)
                                 else NOTHING, Observed.of(reply)))
        return self.settle(self.last_call, reply)

    def settle(self, call: Call | Transcript, reply: Reply) -> Any:
        """A reply becomes a value, a handle, or the outcome exception."""
        if isinstance(reply, Returned):
            if reply.mutated:
                names = ", ".join(self._param(m) for m in reply.mutated)
                raise WrongAnswer(
                    f"your code changed its input in place ({names}); the caller's data must"
                    " stay as it was: work on a copy", call=call, show_values=False)
            return reply.value
        if isinstance(reply, MadeObject):
            return RemoteObject(self, reply.handle, self.generation,
                                call if isinstance(call, Call) else None)
        if isinstance(reply, (Raised, Died)):
            found = reply_outcome(reply)
            output = reply.output.shown()
            if isinstance(reply, Died) or found.kind is Kind.MEMORY_LIMIT:
                self.worker.close()  # gone, or its heap may be in any state: start afresh
            if isinstance(reply, Raised):
                if found.kind is Kind.NOT_IMPLEMENTED:
                    raise NotImplementedYet(f"not implemented yet: {_name(call)} {found.reason}",
                                            call, output, reply.traceback)
                if found.kind is Kind.MEMORY_LIMIT:
                    raise MemoryLimit(
                        f"{found.reason} (limit {self.problem.limits.memory_mb} MiB)",
                        call, output, reply.traceback)
                raise SubmissionRaised(call, reply.type, reply.ancestors, reply.message,
                                       reply.traceback, output)
            if found.kind is Kind.TIME_LIMIT:
                raise TimeLimit(f"{_name(call)} {found.reason}", call, output)
            if found.kind is Kind.MEMORY_LIMIT:
                raise MemoryLimit(f"your code {found.reason}", call, output)
            raise SubmissionCrashed(call, reply.how, reply.detail, output)
        raise SubmissionCrashed(call, "protocol", "answered out of turn", "")

    def _param(self, index: int | str) -> str:
        if isinstance(index, int) and index < len(self.param_names):
            return f"argument '{self.param_names[index]}'"
        return f"argument {index + 1}" if isinstance(index, int) else f"argument '{index}'"

    def close(self) -> None:
        self.worker.close()
        for twin in self.twins.values():
            twin.close()


class RemoteObject:
    """An instance of the submission's class, living in the worker. Passed as an
    argument to a call, it crosses to the worker as a handle to that instance."""

    def __init__(self, solution: Solution, handle: int, generation: int,
                 made_by: Call | None = None) -> None:
        self._solution = solution
        self._handle = handle
        self._generation = generation
        self._made_by = made_by  # the constructor call: how the object prints
        self._transcript = Transcript()
        self._transcript.join(self)

    def __getattr__(self, method: str) -> Callable[..., Any]:
        if method.startswith("_") and method != "__len__":
            raise AttributeError(method)

        def remote(*args: Any, **kwargs: Any) -> Any:
            self._check_usable(self._solution)
            return self._solution.invoke((self._handle, method), method, args, kwargs,
                                         self._solution.timeout_override, receiver=self)

        return remote

    def _check_usable(self, solution: Solution) -> None:
        if solution is not self._solution:
            raise ValueError("an object made in another worker (another hash seed) cannot be"
                             " passed to this one")
        if self._solution.generation != self._generation or not self._solution.worker.alive:
            raise SubmissionCrashed(None, "exit", "lost this object: the worker restarted", "")

    def __reduce__(self) -> tuple[Any, ...]:
        return Handle(self._handle).__reduce__()

    def __deepcopy__(self, memo: dict[int, Any]) -> RemoteObject:
        return self  # it is the worker's object: a printed call names it

    def __repr__(self) -> str:
        if self._made_by is not None:
            return self._made_by.code()
        return f"{self._solution.problem.entry}(...)"

    def __len__(self) -> int:
        value = self.__getattr__("__len__")()
        check_type(value, int, self._solution.last_call)
        return int(value)


def _name(call: Call | Transcript) -> str:
    return call.name if isinstance(call, Call) else call.lines[-1].split("(")[0]



def run_machine(machine: type[Any]) -> None:
    """Run a Hypothesis RuleBasedStateMachine under the judge's current profile
    (its examples, step count, and the shorter hunt after a first failure)."""
    from hypothesis import settings
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(machine, settings=settings())
