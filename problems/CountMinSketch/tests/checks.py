"""Helpers shared by the tests: building sketches in the worker, typed estimates,
and the merge scenario.

Not a test file; the judge puts this folder on sys.path during grading.

No estimate here is compared with the reference's: the hash functions are the
submission's own choice, so the tests check what holds for every correct
sketch (never below the true count, never above the total, exact where no
collision is possible, merge equal to the sketch of both streams) and judge
the error bound by statistics.

Merging needs two of the submission's sketches in one call, and the worker
protocol passes only data as arguments, not a handle to an object living in
the worker. So a merge is run as a short scenario inside the worker
(:data:`SCENARIO`, sent like a speed driver): it makes both sketches, merges
them and reports every estimate back in an exception's message, which is
read here with ``ast.literal_eval``. The judging itself happens here.
"""

import ast
import math

from judge.grading.outcomes import SubmissionRaised
from judge.isolation.client import Ack, Raised, Timed, WorkerProcess
from judge.isolation.wire import Opaque, Stream, safe_repr
from judge.testing import WrongAnswer, check_type

E = math.e


def build(solution, width, depth, seed, adds):
    """The submission's CountMinSketch(width, depth, seed) after adds [(item, count)]."""
    sketch = solution(width, depth, seed)
    for item, count in adds:
        returned = sketch.add(item, count)
        check_type(returned, type(None), solution.last_call)
    return sketch


def estimate(solution, sketch, item):
    """The sketch's estimate of item, which must be an int."""
    value = sketch.estimate(item)
    check_type(value, int, solution.last_call)
    return value


def totals(adds):
    counts = {}
    for item, count in adds:
        counts[item] = counts.get(item, 0) + count
    return counts


def check_bounds(solution, sketch, adds, probes):
    """count(x) <= estimate(x) <= N for every probe; returns the estimates."""
    counts = totals(adds)
    n = sum(counts.values())
    found = {}
    for item in probes:
        got = estimate(solution, sketch, item)
        true = counts.get(item, 0)
        if got < true:
            raise WrongAnswer(f"estimate({item!r}) is {got}, below the true count {true}: a"
                              " count-min sketch never underestimates", call=solution.last_call,
                              expected=f">= {true}", actual=got)
        if got > n:
            raise WrongAnswer(f"estimate({item!r}) is {got}, above the total of all counts"
                              f" ({n}): every counter holds at most the total",
                              call=solution.last_call, expected=f"<= {n}", actual=got)
        found[item] = got
    return found


# -- merge, run inside the worker -------------------------------------------

SCENARIO = '''
class MergeScenarioResult(Exception):
    """Carries the scenario's findings back: a timed run returns no value."""


def _plain(value):
    if isinstance(value, int) and not isinstance(value, bool):
        return int.__int__(value)
    if type(value) in (float, bool, str, type(None)):
        return value
    kind = type(value)
    try:
        text = repr(value)[:30]
    except Exception:
        text = "?"
    return ("<opaque>", f"{kind.__module__}.{kind.__qualname__}", text)


def _estimates(sketch, probes, which):
    values = []
    for item in probes:
        value = _plain(sketch.estimate(item))
        if type(value) is not int:  # report the first one alone: the report stays short
            raise MergeScenarioResult(repr({"bad_type": value, "item": item, "which": which}))
        values.append(value)
    return values


def merge_scenario(cls, params, other_params, first, second, later, probes):
    sketch = cls(*params)
    for item, count in first:
        sketch.add(item, count)
    other = cls(*other_params)
    for item, count in second:
        other.add(item, count)
    before = _estimates(sketch, probes, "sketch")
    other_before = _estimates(other, probes, "other")
    found = {"before": before, "other_before": other_before}
    try:
        found["returned"] = _plain(sketch.merge(other))
    except Exception as exc:
        found["raised"] = type(exc).__name__
        found["mro"] = [c.__name__ for c in type(exc).__mro__]
        found["message"] = str(exc)[:200]
        found["after"] = _estimates(sketch, probes, "sketch")
        raise MergeScenarioResult(repr(found)) from None
    found["merged"] = _estimates(sketch, probes, "sketch")
    found["other_after"] = _estimates(other, probes, "other")
    for item, count in later:
        sketch.add(item, count)
    found["merged_later"] = _estimates(sketch, probes, "sketch")
    found["other_later"] = _estimates(other, probes, "other")
    union = cls(*params)
    for item, count in [*first, *second]:
        union.add(item, count)
    found["union"] = _estimates(union, probes, "union")
    for item, count in later:
        union.add(item, count)
    found["union_later"] = _estimates(union, probes, "union")
    raise MergeScenarioResult(repr(found))
'''

RESULT = "MergeScenarioResult"
_DRIVEN = {}  # id(solution) -> pid of the worker that has the scenario


def _code(name, params):
    width, depth, seed = params
    return f"{name} = CountMinSketch({width}, {depth}, seed={seed})"


class Scenario:
    """The scenario's calls as code a person can paste and run (shaped like
    judge.testing.Transcript: the last line names the call that was cut short)."""

    def __init__(self, params, other_params, first, second, later):
        lines = [_code("sketch", params)]
        lines += [f"sketch.add({item!r}, {count})" for item, count in first]
        lines.append(_code("other", other_params))
        lines += [f"other.add({item!r}, {count})" for item, count in second]
        lines.append("sketch.merge(other)")
        lines += [f"sketch.add({item!r}, {count})" for item, count in later]
        self.lines = lines

    def __str__(self):
        return "\n".join(self.lines)


def _values(found):
    """Opaque markers back to Opaque values, so a type check names the type."""
    for key in ("bad_type", "returned"):
        value = found.get(key)
        if isinstance(value, tuple) and len(value) == 3 and value[0] == "<opaque>":
            found[key] = Opaque(value[1], value[2])
    return found


def run_merge(solution, params, other_params, first, second, later=(), probes=()):
    """Run the merge scenario in the submission's worker; its findings as a dict.

    An exception the submission raises outside merge (in the constructor, add
    or estimate), a crash or a hang becomes the usual outcome.
    """
    transcript = Scenario(params, other_params, first, second, later)
    solution.ensure_started()
    solution.last_call = transcript
    worker = solution.worker
    args = (tuple(params), tuple(other_params), list(first), list(second), list(later),
            list(probes))
    reply = Ack("driven")
    if _DRIVEN.get(id(solution)) != worker.pid:  # a restarted worker needs it again
        reply = worker.set_driver(SCENARIO, "merge_scenario")
        _DRIVEN[id(solution)] = worker.pid
    if isinstance(reply, Ack):
        reply = worker.stash(WorkerProcess.stash_message("merge", args, {}))
    if isinstance(reply, Ack):
        reply = worker.timed_run("merge", 1, 10.0)
        if worker.alive:
            worker.drop("merge")
    if isinstance(reply, Raised) and reply.type == RESULT:
        try:
            found = _values(ast.literal_eval(reply.message))
        except (ValueError, SyntaxError) as exc:
            raise RuntimeError(f"the merge scenario's report could not be read: {exc}") from None
        if "bad_type" in found:
            check_type(found["bad_type"], int, transcript)
        return found
    if isinstance(reply, Timed):
        raise RuntimeError("the merge scenario ended without a report")
    solution.settle(transcript, reply)
    raise RuntimeError(f"the merge scenario got {reply!r}")


def check_merge(solution, params, first, second, later=(), probes=None):
    """merge of two compatible sketches: in place, returns None, equals the sketch of
    both streams, leaves other alone, and later adds to the merged one stay there."""
    if probes is None:
        probes = sorted({item for item, _ in [*first, *second, *later]} | {"never-added"})
    found = run_merge(solution, params, params, first, second, later, probes)
    call = solution.last_call
    if "raised" in found:
        raise WrongAnswer(f"merging two sketches with the same width, depth and seed raised"
                          f" {found['raised']}: {found['message']}", call=call,
                          show_values=False)
    if found["returned"] is not None:
        raise WrongAnswer(f"merge works in place and returns None, but it returned"
                          f" {safe_repr(found['returned'], 60)}", call=call, expected=None,
                          actual=found["returned"])
    for key, want_key, what in [
        ("merged", "union", "after merge, the estimates must equal those of one sketch to"
         " which both sketches' adds were made (merge adds cell by cell, which is right only"
         " when the same width, depth and seed always give the same hash functions)"),
        ("other_after", "other_before", "merge must leave the other sketch as it was"),
        ("merged_later", "union_later", "adds after the merge must count on top of the"
         " merged counters"),
        ("other_later", "other_before", "adds to the merged sketch must not show in the"
         " other sketch (do the two share a table?)"),
    ]:
        got, want = found[key], found[want_key]
        for item, g, w in zip(probes, got, want, strict=True):
            if g != w:
                raise WrongAnswer(f"{what}: estimate({item!r}) is {safe_repr(g, 40)},"
                                  f" expected {w}", call=call,
                                  expected=dict(zip(probes, want, strict=True)),
                                  actual=dict(zip(probes, got, strict=True)))
    return found


def check_merge_refused(solution, params, other_params, first, second, probes):
    """merge with another width, depth or seed raises ValueError and changes nothing."""
    found = run_merge(solution, params, other_params, first, second, (), probes)
    call = solution.last_call
    differs = ", ".join(f"{name} {a} vs {b}" for name, a, b in
                        zip(("width", "depth", "seed"), params, other_params, strict=True)
                        if a != b)
    if "raised" not in found:
        raise WrongAnswer(f"merging sketches of different parameters ({differs}) must raise"
                          " ValueError, but merge returned normally", call=call,
                          show_values=False)
    if "ValueError" not in found["mro"]:
        raise WrongAnswer(f"merging sketches of different parameters ({differs}) must raise"
                          f" ValueError, but it raised {found['raised']}: {found['message']}",
                          call=call, show_values=False)
    if found["after"] != found["before"]:
        raise WrongAnswer("a refused merge must change nothing, but the sketch's estimates"
                          " changed", call=call, expected=found["before"],
                          actual=found["after"])


# -- heavy hitters ---------------------------------------------------------

def expect_value_error(solution, fn, *args, reason):
    """fn(*args) (a call into the worker) must raise ValueError."""
    try:
        value = fn(*args)
    except SubmissionRaised as raised:
        if raised.is_a("ValueError"):
            return
        raise WrongAnswer(f"{reason} should raise ValueError, but your code raised"
                          f" {raised.exc_type}: {raised.message}", call=solution.last_call,
                          show_values=False) from None
    raise WrongAnswer(f"{reason} should raise ValueError, but your code returned"
                      f" {safe_repr(value, 120)}", call=solution.last_call, show_values=False)


def check_heavy_hitters(solution, plays, phi, width, depth, seed=0, *, one_shot=True):
    """heavy_hitters on plays (a one-shot generator, or a list): a set of str holding
    every item played more than phi * N times, and only items of the stream whose
    estimate in the submission's own CountMinSketch(width, depth, seed) of the whole
    stream is more than phi * N."""
    stream = Stream(items=plays) if one_shot else list(plays)
    got = solution.function("heavy_hitters")(stream, phi, width, depth, seed)
    call = solution.last_call
    check_type(got, set[str], call)
    counts = totals((item, 1) for item in plays)
    n = len(plays)
    threshold = phi * n

    def fail(reason):
        raise WrongAnswer(reason, call=call, actual=got)

    for item in sorted(counts):
        if counts[item] > threshold and item not in got:
            fail(f"{item!r} is played {counts[item]} times of N = {n}, more than phi * N ="
                 f" {threshold!r}, so it is a heavy hitter, but it is missing"
                 + (" (was the stream read twice? it can be read only once)"
                    if one_shot and not got else ""))
    for item in sorted(got):
        if item not in counts:
            fail(f"{item!r} is in the result but never occurs in the stream")
    doubtful = sorted(item for item in got if counts[item] <= threshold)
    if doubtful:
        sketch = build(solution, width, depth, seed, sorted(counts.items()))
        for item in doubtful:
            value = estimate(solution, sketch, item)
            if not value > threshold:
                fail(f"{item!r} is in the result, but it is played {counts[item]} times of"
                     f" N = {n} and its estimate in CountMinSketch({width}, {depth},"
                     f" seed={seed}) of the whole stream is {value}, not more than phi * N ="
                     f" {threshold!r}")
    return got
