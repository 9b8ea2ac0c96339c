"""Every reproduce line the judge prints is checked first.

When a hidden test fails, the failure names a call (``call=solution.last_call``),
a call sequence on the submission's objects, or code as text, and usually a
value the report shows as "Got". Before the report shows that code as the
line to reproduce the failure, :func:`reproduce` runs the exact text in a
fresh worker (forked from the same clean zygote, the file loaded and nothing
else run), as a candidate would paste it into Python with the submission
imported, and keeps it only if it gives what the report says:

1. If the value the report shows was returned by another call of the same
   example than the one named (a statistical test checks thousands of seeded
   calls made in one batch), that call is the candidate.
2. The candidate's code is re-run alone. A call sequence on objects that gives
   the reported value is then made shorter: calls that only returned a value
   (queries) are dropped while the re-run still gives the same value and the
   reference, run on the shorter sequence here, still answers the last call
   as before (so the expected value holds too).
3. The line finally shown is run again, several times in the same worker while
   that is quick: a result that changes from run to run (unseeded randomness,
   or state kept between calls) is said to, not presented as a reproduction
   that a paste may well not give.
4. Otherwise the calls of the whole example, in order, are tried (a failure
   that needs the calls before it); if they do not give it either, the report
   says so instead of presenting the line as a reproduction.

The submission's code runs only in the worker; the reference runs here, on
code the judge wrote from the test's own arguments.
"""

from __future__ import annotations

import ast
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from judge.grading.outcomes import (
    NOTHING,
    TOO_LARGE,
    Call,
    Outcome,
    SubmissionCrashed,
    SubmissionRaised,
    as_reported,
)
from judge.isolation.client import Died, Loaded, Raised, Returned, WorkerProcess
from judge.isolation.wire import Array, Opaque, Sparse, code_repr, safe_repr
from judge.testing.proxy import (
    Observed,
    RemoteObject,
    Solution,
    Transcript,
    _as_code,
    as_code,
)

if TYPE_CHECKING:
    from judge.packages.format import Problem
    from judge.testing.proxy import Step

BUDGET_S = 8.0  # replays for one failure, at most (a shorter sequence is then not sought)
MAX_SEQUENCE = 12  # calls of an example worth showing as the whole sequence
INPUT_LIMIT = 1500
REPEATS = 20  # runs of the line shown, in one worker, to see whether its result varies
REPEAT_S = 0.3  # ... while they take at most this long together (after the first)


@dataclass(frozen=True)
class Evidence:
    """What the report shows to reproduce a failure, and whether it was seen to."""

    code: str
    reproduced: bool | None  # None: nothing runnable to check (too large to print)
    note: str = ""
    input: str | None = None  # the function's own arguments, by name
    hash_seed: int = 0
    named: bool = True  # False: code as text, no arguments to name (keep the test's input)

    def details(self) -> dict[str, Any]:
        return {"call": self.code, "reproduced": self.reproduced, "note": self.note,
                "hash_seed": self.hash_seed}


def reproduce(solution: Solution, exc: Outcome) -> Evidence | None:
    """The checked reproduction of the failure ``exc`` (None: it names no call)."""
    evidence = exc.evidence
    if evidence is None or exc.stops_run:
        return None
    deadline = time.monotonic() + BUDGET_S
    owner = _owner(solution, evidence)
    candidate: Call | Transcript | str = (
        evidence if isinstance(evidence, (Call, Transcript)) else str(evidence))
    found = _returned(solution, exc.actual_value)
    if found is None and isinstance(candidate, str):
        found = _written(solution, candidate)
    if found is not None:
        owner, candidate = found
    want = _wanted(exc, owner, candidate)
    code = code_of(candidate)
    named = named_input(owner, candidate)
    if code is None:  # too large to print as code: shown as the call, not checked
        return Evidence(str(candidate), None, "", named, owner.hash_seed)
    if isinstance(candidate, str):
        return _text(owner, candidate, want)
    runs = replays(owner, code)
    got = runs[0]
    if matches(got, want):
        if isinstance(candidate, Transcript):
            short = shorter(owner, candidate, want, deadline)
            if short is not None:
                code, runs = short, replays(owner, short)
        varies = _varies(runs, want)
        if varies:
            return Evidence(code, False, varies, named, owner.hash_seed)
        return Evidence(code, True, _seed_note(owner), named, owner.hash_seed)
    sequence = _example_calls(owner, candidate)
    whole = sequence_code(sequence) if sequence is not None else None
    hung = got is None or got.kind == "died"  # more of the same would only take long
    if whole is not None and not hung and time.monotonic() < deadline:
        again = replays(owner, whole)
        if matches(again[0], want):
            varies = _varies(again, want)
            if varies:
                return Evidence(whole, False, varies, None, owner.hash_seed)
            note = (f"this failure needs the calls before it: the last call alone, in a fresh"
                    f" process, {_said(got)}{_seed_note(owner, ';')}")
            return Evidence(whole, True, note, None, owner.hash_seed)
        note = (f"the failure needs the whole sequence of calls the test made, shown here; but"
                f" run again in a fresh process its last call {_said(again[0])} (and alone,"
                f" {_said(got)}), not what the report shows: the result depends on more than"
                " the arguments (randomness or state that does not come from them)")
        return Evidence(whole, False, note, None, owner.hash_seed)
    note = (f"run again alone in a fresh process, this {_said(got)}, not what the report"
            " shows: the failure needs the whole sequence of calls the test made, or depends"
            " on more than the arguments (randomness or state that does not come from them)")
    return Evidence(code, False, note, named, owner.hash_seed)


def _text(owner: Solution, code: str, want: Observed | None) -> Evidence:
    """Code a test wrote itself (a loop, a description of many seeded runs)."""
    runs = replays(owner, code)
    got = runs[0]
    if matches(got, want):
        varies = _varies(runs, want)
        if varies:
            return Evidence(code, False, varies, None, owner.hash_seed, named=False)
        return Evidence(code, True, _seed_note(owner), None, owner.hash_seed, named=False)
    if want is None:
        note = "the failure comes from the whole sequence of runs described here"
    else:
        note = f"run in a fresh process this {_said(got)}, not what the report shows"
    return Evidence(code, False, note, None, owner.hash_seed, named=False)


# -- which call, and what it must give --------------------------------------------

def _solutions(solution: Solution) -> list[Solution]:
    return [solution, *solution.twins.values()]


def _owner(solution: Solution, evidence: object) -> Solution:
    """The worker whose call this is (a twin under another hash seed, or the main one)."""
    if isinstance(evidence, Transcript) and evidence.steps:
        target = evidence.steps[-1].target
        if isinstance(target, RemoteObject):
            return target._solution
    if isinstance(evidence, Call):
        for sol in _solutions(solution):
            if any(record.call is evidence for record in sol.history):
                return sol
    return solution


def _returned(solution: Solution, value: Any) -> tuple[Solution, Call] | None:
    """The call of the current example that returned ``value`` itself (not an equal
    value: a list made by the wire is a new object for every call)."""
    if value is NOTHING or not isinstance(value, (list, dict, tuple, set, frozenset, Array,
                                                   Sparse)):
        return None
    for sol in _solutions(solution):
        for record in reversed(sol.history):
            if record.value is value:
                return sol, record.call
    return None


def _written(solution: Solution, text: str) -> tuple[Solution, Call] | None:
    """The recent call that ``text`` is the code of (a test that printed the call
    itself, with judge.testing.as_code): its arguments can then be named."""
    for sol in _solutions(solution):
        for record in list(sol.history)[-50:]:
            if text in (str(record.call), as_code(record.call), code_of(record.call)):
                return sol, record.call
    return None


def _wanted(exc: Outcome, owner: Solution, candidate: Call | Transcript | str
            ) -> Observed | None:
    """What the re-run must give: the value the report shows, the exception it
    names, or else what the named call did when the test made it."""
    if exc.actual_value is not NOTHING:
        if isinstance(exc.actual_value, RemoteObject):
            return Observed("object")
        return Observed("value", str(getattr(exc, "actual", "")))
    if isinstance(exc, SubmissionRaised):
        return Observed("raised", exc.exc_type)
    if isinstance(exc, SubmissionCrashed):
        return Observed("died", exc.how)
    if isinstance(candidate, Transcript) and candidate.steps:
        return candidate.outcomes.get(candidate.steps[-1].seq)
    if isinstance(candidate, Call):
        for record in reversed(owner.history):
            if record.call is candidate:
                return record.observed
    return None


def matches(got: Observed | None, want: Observed | None) -> bool:
    if got is None:
        return False
    if want is None:  # nothing to compare with: the code must at least run
        return got.kind in ("value", "object")
    if want.kind == "value" and got.kind == "object":  # an instance a method returned
        return got.text == want.text
    if got.kind != want.kind:
        return False
    return got.kind in ("object", "died") or got.text == want.text


def _varies(runs: list[Observed | None], want: Observed | None) -> str:
    """The note for a line whose runs did not all give what the report shows (or,
    with nothing to show, what its first run gave); "" when they all did."""
    first, rest = (want, runs) if want is not None else (runs[0], runs[1:])
    differing = [run for run in rest if not matches(run, first)]
    if not differing:
        return ""
    other = differing[0]
    return (f"run in a fresh process this gave what the report shows, but run again it"
            f" {_said(other)}: the result changes from run to run (unseeded randomness, or"
            " state kept between calls), so pasting it may give either")


def _said(got: Observed | None) -> str:
    return "could not be run" if got is None else str(got)


def _seed_note(owner: Solution, joint: str = "") -> str:
    if owner.hash_seed == 0:
        return ""
    text = (f"it gives this under PYTHONHASHSEED={owner.hash_seed} (start Python as"
            f" `PYTHONHASHSEED={owner.hash_seed} python3`)")
    return f"{joint} {text}" if joint else text[0].upper() + text[1:]


# -- code ----------------------------------------------------------------------------

def _values(candidate: Call | Transcript) -> list[Any]:
    calls = [candidate] if isinstance(candidate, Call) else [s.call for s in candidate.steps]
    return [v for call in calls for v in (*call.args, *call.kwargs.values())]


def _imports(text: str, values: list[Any]) -> list[str]:
    imports = []
    if "np." in text:
        imports.append("import numpy as np")
    kinds = sorted({type(v).__name__ for v in values
                    if str(type(v).__module__).startswith("scipy.sparse")})
    if kinds:
        imports.append(f"from scipy.sparse import {', '.join(kinds)}")
    if "random.Random(" in text:
        imports.append("import random")
    return imports


def code_of(candidate: Call | Transcript | str) -> str | None:
    """The candidate as code to paste (imports first); None when it is too large to
    print as code (a value shown abbreviated, or arguments over the limit)."""
    if isinstance(candidate, str):
        return candidate
    if isinstance(candidate, Call):
        return sequence_code([candidate])
    lines = candidate.lines
    text = "\n".join(lines)
    values = _values(candidate)
    if TOO_LARGE in text or not all(_as_code(v, 2000) for v in values):
        return None
    return "\n".join([*_imports(text, values), *lines])


def sequence_code(calls: list[Call]) -> str | None:
    """Calls of functions, one a line, after the imports they need."""
    lines = []
    for call in calls:
        text = call.code(2000)
        if TOO_LARGE in text or not all(_as_code(v, 2000) for v in (*call.args,
                                                                      *call.kwargs.values())):
            return None
        lines.append(text)
    values = [v for call in calls for v in (*call.args, *call.kwargs.values())]
    imports = _imports("\n".join(lines), values)
    if len(lines) == 1 and len(imports) <= 2:
        return "; ".join([*imports, lines[0]])
    return "\n".join([*imports, *lines])


def named_input(owner: Solution, candidate: Call | Transcript | str) -> str | None:
    """A function's arguments by the function's own parameter names (None for a call
    sequence, which the reproduce code shows)."""
    if not isinstance(candidate, Call):
        return None
    names = owner.signatures.get(candidate.name, ())
    parts = []
    for index, value in enumerate(candidate.args):
        text = code_repr(value, INPUT_LIMIT)
        parts.append(f"{names[index]}={text}" if index < len(names) else text)
    parts += [f"{k}={code_repr(v, INPUT_LIMIT)}" for k, v in candidate.kwargs.items()]
    shown = ", ".join(parts)
    if len(shown) <= INPUT_LIMIT:
        return shown
    sizes = []
    for index, value in enumerate(candidate.args):
        name = names[index] if index < len(names) else f"argument {index + 1}"
        sizes.append(f"{name}: {_size(value)}")
    return "; ".join(sizes)


def _size(value: Any) -> str:
    shape = getattr(value, "shape", None)
    if shape is not None:
        return f"{type(value).__name__} of shape {tuple(shape)}"
    try:
        return f"{type(value).__name__} of {len(value):,}"
    except TypeError:
        return safe_repr(value, 60)


def _example_calls(owner: Solution, candidate: Call | Transcript | str) -> list[Call] | None:
    """The example's calls of functions up to the candidate, when there are a few."""
    if not isinstance(candidate, Call):
        return None
    calls = [record.call for record in owner.history]
    at = next((i for i, call in enumerate(calls) if call is candidate), None)
    if at is None:
        return None
    calls = calls[:at + 1]
    return calls if 1 < len(calls) <= MAX_SEQUENCE else None


# -- running it --------------------------------------------------------------------

def replay(owner: Solution, code: str) -> Observed | None:
    """Run ``code`` in a fresh worker of ``owner``'s submission and hash seed."""
    return replays(owner, code, 1)[0]


def replays(owner: Solution, code: str, most: int = REPEATS) -> list[Observed | None]:
    """Run ``code`` in a fresh worker of ``owner``'s submission and hash seed, then
    again in that worker (each time in a new namespace, as another paste) up to
    ``most`` runs in all while the runs after the first take REPEAT_S together: what
    each gave, the first first. A first run that died is not run again."""
    problem = owner.problem
    worker = WorkerProcess(owner.submission, problem.entry, problem.kind, problem.limits,
                           owner.workdir.parent / f"{owner.workdir.name}-replay",
                           owner.hash_seed, also=problem.also, hidden=(problem.path,))
    runs: list[Observed | None] = []
    try:
        loaded = worker.start()
        if not isinstance(loaded, Loaded):
            return [None]
        start = time.monotonic()
        runs.append(_observed(problem, worker.replay(code)))
        first_s = time.monotonic() - start
        if runs[0] is None or runs[0].kind == "died" or first_s > REPEAT_S:
            return runs
        until = time.monotonic() + REPEAT_S
        while len(runs) < most and time.monotonic() < until:
            run = _observed(problem, worker.replay(code, timeout=max(1.0, 4 * first_s)))
            runs.append(run)
            if run is None or run.kind == "died":  # the worker is gone
                break
    finally:
        worker.close()
    return runs


def _observed(problem: Problem, reply: object) -> Observed | None:
    if isinstance(reply, Returned):
        value = reply.value
        if (problem.kind == "class" and isinstance(value, Opaque)
                and value.type_name == problem.entry):
            return Observed("object", safe_repr(value, 1500))
        return Observed("value", safe_repr(as_reported(value), 1500))
    if isinstance(reply, (Raised, Died)):
        return Observed.of(reply)
    return None


def reference_answer(owner: Solution, code: str) -> str | None:
    """What the reference answers to ``code``'s last line (run here: it is the
    judge's code, on the test's own values); None when it has no reference to ask."""
    if not owner.reference_names:
        return None
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    last = tree.body.pop() if tree.body else None
    namespace = dict(owner.reference_names)
    try:
        exec(compile(tree, "<reproduce>", "exec"), namespace)
        if isinstance(last, ast.Expr):
            value = eval(compile(ast.Expression(last.value), "<reproduce>", "eval"), namespace)
        else:
            if last is not None:
                exec(compile(ast.Module([last], []), "<reproduce>", "exec"), namespace)
            value = None
    except Exception as exc:
        return f"raised {type(exc).__name__}"
    return safe_repr(value, 1500)


def shorter(owner: Solution, transcript: Transcript, want: Observed | None,
            deadline: float) -> str | None:
    """The code of a shorter sequence that still gives ``want``: queries dropped (calls
    that returned a value and are not the last), a chunk at a time, while the
    re-run gives the same and the reference answers the last call as before."""
    steps = list(transcript.steps)
    queries = [s for s in steps[:-1] if s.method is not None and _is_query(transcript, s)]
    if not queries:
        return None
    full = code_of(transcript)
    expected = reference_answer(owner, full) if full else None

    def holds(kept: list[Step]) -> str | None:
        code = code_of(transcript.subset(kept))
        if code is None:
            return None
        if expected is not None and reference_answer(owner, code) != expected:
            return None
        return code if matches(replay(owner, code), want) else None

    kept, best = steps, None
    chunks = [queries]
    while chunks and time.monotonic() < deadline:
        chunk = chunks.pop(0)
        dropped = {s.seq for s in chunk}
        trial = [s for s in kept if s.seq not in dropped]
        code = holds(trial)
        if code is not None:
            kept, best = trial, code
        elif len(chunk) > 1:
            middle = len(chunk) // 2
            chunks += [chunk[:middle], chunk[middle:]]
    return best


def _is_query(transcript: Transcript, step: Step) -> bool:
    observed = transcript.outcomes.get(step.seq)
    return observed is not None and observed.kind == "value" and observed.text != "None"
