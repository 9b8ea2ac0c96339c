"""Helpers shared by the tests (not a test file; the judge puts this folder on sys.path).

No estimate is compared with the reference's: the hash functions are the
submission's own choice, so the tests check what holds for every correct sketch
(never below the true count, never above the total, exact where no collision is
possible, merge equal to the sketch of both streams) and judge the error bound
by statistics. A merge takes two of the submission's sketches, both in the
worker; a failing merge check is shown as the code of the calls on both.
"""

from collections import Counter

from judge.testing import Stream, SubmissionRaised, WrongAnswer, check_type, fail, safe_repr


def build(solution, width, depth, seed, adds):
    """The submission's CountMinSketch(width, depth, seed) after adds: (item, count),
    or (item,) for add(item) with the default count; seed None: the default seed."""
    sketch = solution(width, depth) if seed is None else solution(width, depth, seed)
    for add in adds:
        check_type(sketch.add(*add), type(None), solution.last_call)
    return sketch


def estimate(solution, sketch, item):
    """The sketch's estimate of item, which must be an int."""
    value = sketch.estimate(item)
    check_type(value, int, solution.last_call)
    return value


def totals(adds):
    counts = Counter()
    for item, *count in adds:
        counts[item] += count[0] if count else 1
    return counts


def expect_estimates(solution, sketch, want, why):
    for item, value in want.items():
        if (got := estimate(solution, sketch, item)) != value:
            fail(solution, f"estimate({item!r}) is {got}, expected {value} ({why})",
                 expected=value, actual=got)


def check_exact(solution, _reference, width, depth, seed, adds, want):
    """Estimates that no collision can change: of an empty sketch, of the only item
    added, with width 1 (the total), or of a few items at width >= 1000 and depth >= 4
    (a collision in every row has probability below 10^-9)."""
    played = {item for item, c in totals(adds).items() if c}
    why = ("nothing was added (a count of 0 adds nothing)" if not played else
           "a count of 0 adds nothing" if any(add[1:] == (0,) for add in adds) else
           "with width 1 every estimate is the total of all counts" if width == 1 else
           "only one item was added, so nothing can collide with it" if len(played) == 1 else
           f"a few tracks in a sketch of width {width} and depth {depth} are counted exactly")
    expect_estimates(solution, build(solution, width, depth, seed, adds), want, why)


def check_bounds(solution, sketch, adds, probes):
    """count(x) <= estimate(x) <= N for every probe; returns the estimates."""
    counts = totals(adds)
    n = sum(counts.values())
    found = {}
    for item in probes:
        got = found[item] = estimate(solution, sketch, item)
        if got < counts[item]:
            fail(solution, f"estimate({item!r}) is {got}, below the true count {counts[item]}:"
                 " a count-min sketch never underestimates", expected=f">= {counts[item]}",
                 actual=got)
        if got > n:
            fail(solution, f"estimate({item!r}) is {got}, above the total of all counts ({n}):"
                 " every counter holds at most the total", expected=f"<= {n}", actual=got)
    return found


def expect_value_error(solution, fn, reason):
    """fn() (a call into the worker) must raise ValueError."""
    try:
        value = fn()
    except SubmissionRaised as raised:
        if raised.is_a("ValueError"):
            return
        raise WrongAnswer(f"{reason} should raise ValueError, but your code raised"
                          f" {raised.exc_type}: {raised.message}", call=solution.last_call,
                          show_values=False) from None
    raise WrongAnswer(f"{reason} should raise ValueError, but your code returned"
                      f" {safe_repr(value, 120)}", call=solution.last_call, show_values=False)


# -- merge ------------------------------------------------------------------

def check_merge(solution, _reference, params, first, second, later=(), probes=None):
    """merge of two compatible sketches: in place, returns None, equals the sketch of
    both streams, leaves other alone, and later adds to the merged one stay there.
    Each check follows the calls it needs, so a failure's code ends where it shows."""
    probes = probes or sorted({item for item, _ in [*first, *second, *later]} | {"never-added"})
    union = build(solution, *params, [*first, *second])
    want = [estimate(solution, union, item) for item in probes]
    for item, count in later:
        union.add(item, count)
    want_later = [estimate(solution, union, item) for item in probes]
    sketch, other = build(solution, *params, first), build(solution, *params, second)
    before = [estimate(solution, other, item) for item in probes]
    try:
        returned = sketch.merge(other)
    except SubmissionRaised as raised:
        raise WrongAnswer(f"merging two sketches with the same width, depth and seed raised"
                          f" {raised.exc_type}: {raised.message}", call=solution.last_call,
                          show_values=False) from None
    if returned is not None:
        fail(solution, f"merge works in place and returns None, but it returned"
             f" {safe_repr(returned, 60)}", expected=None, actual=returned)

    def expect(of, wanted, what):
        # probe by probe, so that a failure's code ends with the estimate it shows
        for item, w in zip(probes, wanted, strict=True):
            if (g := estimate(solution, of, item)) != w:
                fail(solution, f"{what}: estimate({item!r}) is {safe_repr(g, 40)}, expected {w}",
                     expected=w, actual=g)

    expect(sketch, want, "after merge, the estimates must equal those of one sketch to which"
           " both sketches' adds were made (merge adds cell by cell, which is right only when"
           " the same width, depth and seed always give the same hash functions)")
    expect(other, before, "merge must leave the other sketch as it was")
    for item, count in later:
        check_type(sketch.add(item, count), type(None), solution.last_call)
    expect(sketch, want_later, "adds after the merge must count on top of the merged counters")
    expect(other, before, "adds to the merged sketch must not show in the other sketch (do the"
           " two share a table?)")


def check_merge_refused(solution, _reference, params, other_params, first, second, probes):
    """merge with another width, depth or seed raises ValueError and changes nothing."""
    sketch, other = build(solution, *params, first), build(solution, *other_params, second)
    before = [estimate(solution, sketch, item) for item in probes]
    differs = ", ".join(f"{name} {a} vs {b}" for name, a, b in
                        zip(("width", "depth", "seed"), params, other_params, strict=True)
                        if a != b)
    expect_value_error(solution, lambda: sketch.merge(other),
                       f"merging sketches of different parameters ({differs})")
    after = [estimate(solution, sketch, item) for item in probes]
    if after != before:
        fail(solution, "a refused merge must change nothing, but the sketch's estimates"
             " changed", expected=before, actual=after)


# -- heavy hitters ---------------------------------------------------------

def check_heavy_hitters(solution, _reference, plays, phi, width, depth, seed=0, one_shot=True):
    """heavy_hitters on plays (a one-shot generator, or a list): a set of str holding
    every item played more than phi * N times, and only items of the stream whose
    estimate in the submission's own CountMinSketch(width, depth, seed) of the whole
    stream is more than phi * N."""
    stream = Stream(items=plays) if one_shot else list(plays)
    got = solution.function("heavy_hitters")(stream, phi, width, depth, seed)
    call = solution.last_call
    check_type(got, set[str], call)
    counts, n = Counter(plays), len(plays)
    threshold = phi * n

    def wrong(reason):
        raise WrongAnswer(reason, call=call, actual=got)

    for item in sorted(counts):
        if counts[item] > threshold and item not in got:
            wrong(f"{item!r} is played {counts[item]} times of N = {n}, more than phi * N ="
                  f" {threshold!r}, so it is a heavy hitter, but it is missing"
                  + (" (was the stream read twice? it can be read only once)"
                     if one_shot and not got else ""))
    for item in sorted(got):
        if item not in counts:
            wrong(f"{item!r} is in the result but never occurs in the stream")
    if (not plays or phi == 1) and got:
        wrong("nothing is played more than phi * N times here, so the result must be set()")
    doubtful = sorted(item for item in got if counts[item] <= threshold)
    if doubtful:
        sketch = build(solution, width, depth, seed, sorted(counts.items()))
        for item in doubtful:
            if not (value := estimate(solution, sketch, item)) > threshold:
                wrong(f"{item!r} is in the result, but it is played {counts[item]} times of"
                      f" N = {n} and its estimate in CountMinSketch({width}, {depth},"
                      f" seed={seed}) of the whole stream is {value}, not more than phi * N ="
                      f" {threshold!r}")
    return got
