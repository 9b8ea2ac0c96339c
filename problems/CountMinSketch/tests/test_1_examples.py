"""The statement's session and hand-picked cases.

Where an estimate is required to be exact, either one distinct item was
added (nothing can collide with it), width is 1 (everything collides), or a
few items sit in a sketch of width >= 1000 and depth >= 4, where a collision
in every row has probability below 10^-9.
"""

import math

import pytest

from checks import (
    build,
    check_bounds,
    check_heavy_hitters,
    check_merge,
    check_merge_refused,
    estimate,
    expect_value_error,
)
from judge.testing import WrongAnswer, check_type, fail, raising

PLAYS = ["t1", "t2", "t1", "t3", "t1", "t2", "t4", "t1"]


def expect_estimates(solution, sketch, want, reason):
    for item, value in want.items():
        got = estimate(solution, sketch, item)
        if got != value:
            fail(solution, f"estimate({item!r}) is {got}, expected {value} ({reason})",
                 expected=value, actual=got)


def test_statement_session(solution):
    """The session in the statement."""
    sketch = solution(1000, 4, 7)
    for track in ["t1", "t2", "t1", "t3", "t1"]:
        check_type(sketch.add(track), type(None), solution.last_call)
    sketch.add("t2", 3)
    expect_estimates(solution, sketch, {"t1": 3, "t2": 4, "t3": 1},
                     "a wide sketch with three tracks counts them exactly")
    tiny = solution(1, 3)
    tiny.add("t1", 2)
    tiny.add("t2", 5)
    expect_estimates(solution, tiny, {"t1": 7, "t9": 7},
                     "with width 1 every item's estimate is the total")
    first = [("t1", 1), ("t2", 1), ("t1", 1), ("t3", 1), ("t1", 1), ("t2", 3)]
    found = check_merge(solution, (1000, 4, 7), first, [("t3", 10)], probes=["t3"])
    if found["merged"] != [11] or found["other_after"] != [10]:
        fail(solution, "after the merge, sketch.estimate('t3') must be 11 and"
             " other.estimate('t3') still 10", expected=[11, 10],
             actual=[found["merged"], found["other_after"]])
    check_merge_refused(solution, (1000, 4, 7), (1000, 4, 8), first, [], ["t1", "t3"])
    check_heavy_hitters(solution, PLAYS, 0.25, 1000, 4)
    check_heavy_hitters(solution, PLAYS, 0.2, 1000, 4)


test_width_or_depth_below_one_raises = raising("A width or depth below 1 raises ValueError.", {
    f"width {w}, depth {d}": (w, d) for w, d in [(0, 3), (3, 0), (-1, 4), (5, -2), (0, 0)]})


def test_negative_count_raises_and_changes_nothing(solution):
    """add with a negative count raises ValueError and leaves the sketch as it was."""
    sketch = build(solution, 1000, 4, 0, [("a", 3)])
    expect_value_error(solution, lambda: sketch.add("a", -1), reason="add('a', -1)")
    expect_value_error(solution, lambda: sketch.add("b", -5), reason="add('b', -5)")
    expect_estimates(solution, sketch, {"a": 3, "b": 0},
                     "a refused add must change nothing")


def test_zero_count_changes_nothing(solution):
    """add(item, 0) is allowed and changes nothing."""
    sketch = build(solution, 1000, 4, 0, [("a", 2), ("b", 0), ("a", 0)])
    expect_estimates(solution, sketch, {"a": 2, "b": 0}, "a count of 0 adds nothing")


@pytest.mark.parametrize(("width", "depth"), [(1, 1), (50, 1), (1000, 4), (7, 20)])
def test_empty_sketch_estimates_zero(solution, width, depth):
    """Every estimate of an empty sketch is the int 0."""
    sketch = solution(width, depth)
    expect_estimates(solution, sketch, {"t1": 0, "": 0, "never": 0},
                     "nothing was added")


@pytest.mark.parametrize(("width", "depth", "seed"),
                         [(1, 1, 0), (2, 2, 0), (5, 3, 1), (64, 7, 2), (3, 20, 3)])
def test_one_distinct_item_is_exact(solution, width, depth, seed):
    """With one distinct item nothing collides: its estimate is its exact count."""
    adds = [("only", 2), ("only", 1), ("only", 5)]
    sketch = build(solution, width, depth, seed, adds)
    expect_estimates(solution, sketch, {"only": 8},
                     "no other item was added, so nothing can collide with it")


@pytest.mark.parametrize("depth", [1, 2, 5])
def test_width_one_estimates_the_total(solution, depth):
    """With width 1 every item shares the one counter of each row: every estimate is N."""
    adds = [("a", 2), ("b", 3), ("c", 1), ("a", 4)]
    sketch = build(solution, 1, depth, 0, adds)
    expect_estimates(solution, sketch, {"a": 10, "b": 10, "zzz": 10},
                     "with width 1 every estimate is the total of all counts")


@pytest.mark.parametrize("seed", [0, 1, 42])
def test_wide_sketch_is_exact(solution, seed):
    """A few tracks in a wide, deep sketch are counted exactly."""
    adds = [("t1", 3), ("t2", 1), ("t10", 4), ("T1", 2), ("", 5), ("éé", 6), ("t1", 2),
            ("track with spaces", 7), ("t2", 9)]
    sketch = build(solution, 1 << 16, 5, seed, adds)
    expect_estimates(solution, sketch, {"t1": 5, "t2": 10, "t10": 4, "T1": 2, "": 5,
                                        "éé": 6, "track with spaces": 7, "t3": 0},
                     "a wide sketch with a few tracks counts them exactly")


def test_large_counts(solution):
    """Counts are ints of any size up to a total below 2^63."""
    adds = [("big", 10**12), ("huge", 2**61), ("big", 10**12 + 7)]
    sketch = build(solution, 1000, 4, 0, adds)
    expect_estimates(solution, sketch, {"big": 2 * 10**12 + 7, "huge": 2**61},
                     "estimates are exact ints")


def test_never_underestimates_on_a_busy_sketch(solution):
    """In a narrow sketch many tracks collide: estimates stay between count and N."""
    adds = [(f"t{i % 37}", 1 + i % 5) for i in range(300)]
    sketch = build(solution, 10, 3, 5, adds)
    check_bounds(solution, sketch, adds, [f"t{i}" for i in range(40)])


# Counts that are powers of two: a cell's sum tells which items share it, so two
# sketches that hash differently give different estimates for some track.
POWERS = [(f"track-{i}", 2**i) for i in range(8)]
POWER_PROBES = [item for item, _ in POWERS] + ["not-added"]


def test_same_parameters_same_hash_functions(solution):
    """Two sketches with the same width, depth and seed hash alike."""
    first = build(solution, 4, 2, 9, POWERS)
    mine = [estimate(solution, first, x) for x in POWER_PROBES]
    second = build(solution, 4, 2, 9, POWERS)
    for item, a in zip(POWER_PROBES, mine, strict=True):
        b = estimate(solution, second, item)
        if a != b:
            raise WrongAnswer(f"two sketches CountMinSketch(4, 2, seed=9) with the same adds"
                              f" estimate {item!r} as {a} and {b}: the hash functions must"
                              " depend only on width, depth and seed (no unseeded randomness)",
                              call=solution.last_call, expected=a, actual=b)


def test_hashing_does_not_depend_on_the_process(solution):
    """The hash functions are the same in every process (no builtin hash of a str)."""
    here = build(solution, 4, 2, 11, POWERS)
    mine = [estimate(solution, here, x) for x in POWER_PROBES]
    twin = solution.with_hash_seed(1234)
    there = build(twin, 4, 2, 11, POWERS)
    for item, a in zip(POWER_PROBES, mine, strict=True):
        b = estimate(twin, there, item)
        if a != b:
            raise WrongAnswer(
                f"the same sketch built in two processes estimates {item!r} as {a} in one"
                f" and {b} in the other (PYTHONHASHSEED differs): the hash functions must"
                " not depend on the process; builtin hash() of a str is salted per process,"
                " use hashlib", call=twin.last_call, expected=a, actual=b)


def test_seed_chooses_the_hash_functions(solution):
    """Different seeds give different hash functions."""
    adds = [(f"track-{i}", 1 + i % 6) for i in range(30)]
    probes = [f"track-{i}" for i in range(30)]
    seen = set()
    for seed in range(5):
        sketch = build(solution, 8, 3, seed, adds)
        seen.add(tuple(estimate(solution, sketch, x) for x in probes))
    if len(seen) == 1:
        code = "\n".join([
            "sketches = [CountMinSketch(8, 3, seed) for seed in range(5)]",
            "for sketch in sketches:",
            "    for i in range(30):",
            "        sketch.add(f'track-{i}', 1 + i % 6)",
            "len({tuple(s.estimate(f'track-{i}') for i in range(30)) for s in sketches})"])
        raise WrongAnswer("CountMinSketch(8, 3, seed) gave the same estimates for all 30"
                          " tracks with seeds 0, 1, 2, 3 and 4 (one set of estimates where"
                          " there should be several): the seed must choose the hash"
                          " functions", call=code, actual=len(seen))


# -- merge -----------------------------------------------------------------

MIXED = [("a", 3), ("b", 1), ("c", 2), ("a", 1), ("d", 5), ("e", 1), ("f", 2), ("g", 4)]
OTHER = [("a", 2), ("h", 7), ("c", 1), ("i", 3), ("j", 1), ("b", 6), ("k", 2)]
LATER = [("a", 1), ("l", 2), ("h", 1)]


@pytest.mark.parametrize("params", [(16, 3, 5), (1000, 4, 0), (1, 2, 0), (5, 1, 3)],
                         ids=["narrow", "wide", "width-1", "depth-1"])
def test_merge_equals_the_sketch_of_both_streams(solution, params):
    """After merge, every estimate equals that of one sketch fed both streams."""
    check_merge(solution, params, MIXED, OTHER, LATER)


def test_merge_many_columns(solution):
    """Every column of every row is merged (tracks spread over a width of 64)."""
    first = [(f"t{i}", 1 + i % 3) for i in range(12)]
    second = [(f"t{i}", 2 + i % 4) for i in range(6, 18)]
    check_merge(solution, (64, 3, 2), first, second, [("t0", 1)],
                probes=[f"t{i}" for i in range(18)])


def test_merge_with_empty_sketches(solution):
    """Merging an empty sketch changes nothing; merging into an empty one copies."""
    check_merge(solution, (16, 3, 1), MIXED, [], LATER)
    check_merge(solution, (16, 3, 1), [], OTHER, LATER)
    check_merge(solution, (16, 3, 1), [], [], [("a", 1)])


@pytest.mark.parametrize("other", [(17, 3, 5), (16, 4, 5), (16, 3, 6), (8, 2, 0)],
                         ids=["width", "depth", "seed", "all"])
def test_merge_of_other_parameters_raises(solution, other):
    """merge with another width, depth or seed raises ValueError and changes nothing."""
    check_merge_refused(solution, (16, 3, 5), other, MIXED, OTHER, ["a", "b", "h", "z"])


# -- heavy hitters ---------------------------------------------------------

BOUNDARY = ["a"] * 5 + ["b"] * 5 + ["c"] * 4 + ["d", "e", "f", "g", "h", "i"]


@pytest.mark.parametrize("phi", [0.25, 0.2, 0.125, 0.05, 0.5, 1.0])
@pytest.mark.parametrize(("width", "depth"), [(4096, 4), (4, 2), (1, 1)])
def test_heavy_hitters_threshold_is_strict(solution, phi, width, depth):
    """Heavy means strictly more than phi * N plays; exactly phi * N is not."""
    check_heavy_hitters(solution, BOUNDARY, phi, width, depth, seed=3)


@pytest.mark.parametrize("one_shot", [True, False], ids=["generator", "list"])
def test_heavy_hitters_reads_the_stream_once(solution, one_shot):
    """heavy_hitters reads its stream once: a generator works as well as a list."""
    plays = ["hit"] * 40 + [f"t{i}" for i in range(30)] + ["hit"] * 10 + ["half"] * 25
    found = check_heavy_hitters(solution, plays, 0.25, 2000, 4, one_shot=one_shot)
    if "hit" not in found:
        raise WrongAnswer("'hit' (50 of 105 plays) must be found", call=solution.last_call)


def test_heavy_hitters_late_and_early(solution):
    """An item that is heavy only by the end, and one that is heavy only at the start."""
    early = ["early"] * 6 + [f"x{i}" for i in range(40)] + ["late"] * 15
    check_heavy_hitters(solution, early, 0.2, 1000, 4)
    check_heavy_hitters(solution, early, 0.1, 1000, 4)


@pytest.mark.parametrize("plays", [[], ["a"], ["a", "b"], ["a", "a", "b"]],
                         ids=["empty", "one", "two", "three"])
@pytest.mark.parametrize("phi", [1.0, 0.5, 0.25])
def test_heavy_hitters_small_streams(solution, plays, phi):
    """An empty stream gives set(); phi = 1 gives set(); tiny streams are exact."""
    found = check_heavy_hitters(solution, plays, phi, 1000, 4)
    if (not plays or phi == 1.0) and found:
        raise WrongAnswer("nothing is played more than phi * N times here",
                          call=solution.last_call, expected=set(), actual=found)


@pytest.mark.parametrize("phi", [0.0, -0.25, 1.5, 2.0, math.nan, math.inf, -math.inf])
def test_heavy_hitters_phi_out_of_range_raises(solution, phi):
    """phi outside (0, 1] (or nan) raises ValueError."""
    hh = solution.function("heavy_hitters")
    expect_value_error(solution, lambda: hh(["a", "b"], phi, 100, 3), reason=f"phi = {phi!r}")
    expect_value_error(solution, lambda: hh([], phi, 100, 3),
                       reason=f"phi = {phi!r} with an empty stream")


@pytest.mark.parametrize(("width", "depth"), [(0, 3), (10, 0)])
def test_heavy_hitters_bad_sketch_raises(solution, width, depth):
    """heavy_hitters with width or depth below 1 raises ValueError, even on no plays."""
    hh = solution.function("heavy_hitters")
    expect_value_error(solution, lambda: hh([], 0.5, width, depth),
                       reason=f"width {width}, depth {depth}")
