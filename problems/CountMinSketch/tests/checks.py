"""Helpers shared by the tests: building sketches in the worker, typed estimates,
and the merge checks.

Not a test file; the judge puts this folder on sys.path during grading.

No estimate here is compared with the reference's: the hash functions are the
submission's own choice, so the tests check what holds for every correct
sketch (never below the true count, never above the total, exact where no
collision is possible, merge equal to the sketch of both streams) and judge
the error bound by statistics.

A merge takes two of the submission's sketches: both live in the worker, and
``sketch.merge(other)`` passes the proxy of ``other``, which the worker
resolves to the sketch itself. A failing merge check is shown as the code of
the calls on both sketches.
"""

import math

from judge.testing import Stream, SubmissionRaised, WrongAnswer, check_type, safe_repr

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


# -- merge ------------------------------------------------------------------

def estimates(solution, sketch, probes):
    """The sketch's estimate of every probe, each an int."""
    return [estimate(solution, sketch, item) for item in probes]


def union_of(solution, params, first, second, later, probes):
    """What a merge must equal: one sketch fed both streams, before and after ``later``."""
    union = build(solution, *params, [*first, *second])
    found = {"union": estimates(solution, union, probes)}
    for item, count in later:
        union.add(item, count)
    found["union_later"] = estimates(solution, union, probes)
    return found


def check_merge(solution, params, first, second, later=(), probes=None):
    """merge of two compatible sketches: in place, returns None, equals the sketch of
    both streams, leaves other alone, and later adds to the merged one stay there.
    Each check follows the calls it needs, so a failure's code ends where it shows.
    The estimates along the way, as a dict."""
    if probes is None:
        probes = sorted({item for item, _ in [*first, *second, *later]} | {"never-added"})
    want = union_of(solution, params, first, second, later, probes)
    sketch = build(solution, *params, first)
    other = build(solution, *params, second)
    found = {"other_before": estimates(solution, other, probes)}
    try:
        returned = sketch.merge(other)
    except SubmissionRaised as raised:
        raise WrongAnswer(f"merging two sketches with the same width, depth and seed raised"
                          f" {raised.exc_type}: {raised.message}", call=solution.last_call,
                          show_values=False) from None
    if returned is not None:
        raise WrongAnswer(f"merge works in place and returns None, but it returned"
                          f" {safe_repr(returned, 60)}", call=solution.last_call, expected=None,
                          actual=returned)

    def expect(key, of, wanted, what):
        # probe by probe, so that a failure's code ends with the estimate it shows
        found[key] = got = []
        for item, w in zip(probes, wanted, strict=True):
            got.append(g := estimate(solution, of, item))
            if g != w:
                raise WrongAnswer(f"{what}: estimate({item!r}) is {safe_repr(g, 40)},"
                                  f" expected {w}", call=solution.last_call, expected=w,
                                  actual=g)

    expect("merged", sketch, want["union"], "after merge, the estimates must equal those of"
           " one sketch to which both sketches' adds were made (merge adds cell by cell, which"
           " is right only when the same width, depth and seed always give the same hash"
           " functions)")
    expect("other_after", other, found["other_before"],
           "merge must leave the other sketch as it was")
    for item, count in later:
        check_type(sketch.add(item, count), type(None), solution.last_call)
    expect("merged_later", sketch, want["union_later"], "adds after the merge must count on"
           " top of the merged counters")
    expect("other_later", other, found["other_before"], "adds to the merged sketch must not"
           " show in the other sketch (do the two share a table?)")
    return found


def check_merge_refused(solution, params, other_params, first, second, probes):
    """merge with another width, depth or seed raises ValueError and changes nothing."""
    sketch = build(solution, *params, first)
    other = build(solution, *other_params, second)
    before = estimates(solution, sketch, probes)
    differs = ", ".join(f"{name} {a} vs {b}" for name, a, b in
                        zip(("width", "depth", "seed"), params, other_params, strict=True)
                        if a != b)
    try:
        sketch.merge(other)
    except SubmissionRaised as raised:
        if not raised.is_a("ValueError"):
            raise WrongAnswer(f"merging sketches of different parameters ({differs}) must"
                              f" raise ValueError, but it raised {raised.exc_type}:"
                              f" {raised.message}", call=solution.last_call,
                              show_values=False) from None
    else:
        raise WrongAnswer(f"merging sketches of different parameters ({differs}) must raise"
                          " ValueError, but merge returned normally", call=solution.last_call,
                          show_values=False)
    after = estimates(solution, sketch, probes)
    if after != before:
        raise WrongAnswer("a refused merge must change nothing, but the sketch's estimates"
                          " changed", call=solution.last_call, expected=before, actual=after)


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
