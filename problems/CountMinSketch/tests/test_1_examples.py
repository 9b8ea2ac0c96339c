"""Hand-picked cases (the statement's session is collected by the judge; check_exact: where
no collision can change an estimate)."""

import math

from checks import (
    build,
    check_exact,
    check_heavy_hitters,
    check_merge,
    check_merge_refused,
    estimate,
    expect_estimates,
    expect_value_error,
)
from judge.testing import WrongAnswer, cases, raising

test_width_or_depth_below_one_raises = raising("A width or depth below 1 raises ValueError.", {
    f"width {w}, depth {d}": (w, d) for w, d in [(0, 3), (3, 0), (-1, 4), (5, -2), (0, 0)]})


def test_negative_count_raises_and_changes_nothing(solution):
    """add with a negative count raises ValueError and leaves the sketch as it was."""
    sketch = build(solution, 1000, 4, 0, [("a", 3)])
    expect_value_error(solution, lambda: sketch.add("a", -1), "add('a', -1)")
    expect_value_error(solution, lambda: sketch.add("b", -5), "add('b', -5)")
    expect_estimates(solution, sketch, {"a": 3, "b": 0}, "a refused add must change nothing")


WIDE = [("t1", 3), ("t2", 1), ("t10", 4), ("T1", 2), ("", 5), ("éé", 6), ("t1", 2),
        ("track with spaces", 7), ("t2", 9)]
test_exact_estimates = cases(
    "Exact where nothing can collide: an empty sketch gives 0, the only item added its count,"
    " width 1 the total for every item, and a few tracks in a wide sketch their counts.", {
    **{f"empty-{w}x{d}": (w, d, None, [], {"t1": 0, "": 0, "never": 0})
       for w, d in [(1, 1), (50, 1), (1000, 4), (7, 20)]},
    **{f"one-item-{w}x{d}-seed-{s}": (w, d, s, [("only", 2), ("only", 1), ("only", 5)],
                                       {"only": 8})
       for w, d, s in [(1, 1, 0), (2, 2, 0), (5, 3, 1), (64, 7, 2), (3, 20, 3)]},
    **{f"width-1-depth-{d}": (1, d, 0, [("a", 2), ("b", 3), ("c", 1), ("a", 4)],
                              {"a": 10, "b": 10, "zzz": 10}) for d in [1, 2, 5]},
    **{f"wide-seed-{s}": (1 << 16, 5, s, WIDE, {"t1": 5, "t2": 10, "t10": 4, "T1": 2, "": 5,
                                                 "éé": 6, "track with spaces": 7, "t3": 0})
       for s in [0, 1, 42]},
    "zero-counts": (1000, 4, 0, [("a", 2), ("b", 0), ("a", 0)], {"a": 2, "b": 0}),
    "large-counts": (1000, 4, 0, [("big", 10**12), ("huge", 2**61), ("big", 10**12 + 7)],
                     {"big": 2 * 10**12 + 7, "huge": 2**61}),
}, check=check_exact)


# Counts that are powers of two: a cell's sum tells which items share it, so two
# sketches that hash differently give different estimates for some track.
POWERS = [(f"track-{i}", 2**i) for i in range(8)]


def test_hash_functions_depend_only_on_the_parameters(solution):
    """Sketches with the same width, depth and seed hash alike, in one process or two."""
    probes = [item for item, _ in POWERS] + ["not-added"]
    mine = [estimate(solution, build(solution, 4, 2, 9, POWERS), x) for x in probes]
    twin = solution.with_hash_seed(1234)
    for where, why in [(solution, "two sketches CountMinSketch(4, 2, seed=9) with the same"
                        " adds estimate {} as {} and {}: the hash functions must depend only"
                        " on width, depth and seed (no unseeded randomness)"),
                       (twin, "the same sketch built in two processes estimates {} as {} in"
                        " one and {} in the other (PYTHONHASHSEED differs): the hash functions"
                        " must not depend on the process; builtin hash() of a str is salted"
                        " per process, use hashlib")]:
        other = build(where, 4, 2, 9, POWERS)
        for item, a in zip(probes, mine, strict=True):
            if a != (b := estimate(where, other, item)):
                raise WrongAnswer(why.format(repr(item), a, b), call=where.last_call,
                                  expected=a, actual=b)


def test_seed_chooses_the_hash_functions(solution):
    """Different seeds give different hash functions."""
    adds = [(f"track-{i}", 1 + i % 6) for i in range(30)]
    seen = {tuple(estimate(solution, sketch, item) for item, _ in adds)
            for sketch in [build(solution, 8, 3, seed, adds) for seed in range(5)]}
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


MIXED = [("a", 3), ("b", 1), ("c", 2), ("a", 1), ("d", 5), ("e", 1), ("f", 2), ("g", 4)]
OTHER = [("a", 2), ("h", 7), ("c", 1), ("i", 3), ("j", 1), ("b", 6), ("k", 2)]
LATER = [("a", 1), ("l", 2), ("h", 1)]

test_merge_equals_the_sketch_of_both_streams = cases(
    "After merge, every estimate equals that of one sketch fed both streams; merging an"
    " empty sketch changes nothing, merging into an empty one copies.", {
    **{name: (params, MIXED, OTHER, LATER) for name, params in
       {"narrow": (16, 3, 5), "wide": (1000, 4, 0), "width-1": (1, 2, 0),
        "depth-1": (5, 1, 3)}.items()},
    "many-columns": ((64, 3, 2), [(f"t{i}", 1 + i % 3) for i in range(12)],
                     [(f"t{i}", 2 + i % 4) for i in range(6, 18)], [("t0", 1)],
                     [f"t{i}" for i in range(18)]),
    "empty-other": ((16, 3, 1), MIXED, [], LATER),
    "empty-self": ((16, 3, 1), [], OTHER, LATER),
    "both-empty": ((16, 3, 1), [], [], [("a", 1)]),
}, check=check_merge)

test_merge_of_other_parameters_raises = cases(
    "merge with another width, depth or seed raises ValueError and changes nothing.", {
    **{name: ((16, 3, 5), other, MIXED, OTHER, ["a", "b", "h", "z"]) for name, other in
       {"width": (17, 3, 5), "depth": (16, 4, 5), "seed": (16, 3, 6), "all": (8, 2, 0)}.items()},
    "seed-both-empty": ((16, 3, 5), (16, 3, 6), [], [], ["a"]),  # the shortest evidence
}, check=check_merge_refused)

# heavy hitters: 5 + 5 + 4 + 6 singles, N = 20, so phi = 0.25 puts a and b exactly on phi N
BOUNDARY = ["a"] * 5 + ["b"] * 5 + ["c"] * 4 + ["d", "e", "f", "g", "h", "i"]
EARLY = ["early"] * 6 + [f"x{i}" for i in range(40)] + ["late"] * 15
ONCE = ["hit"] * 40 + [f"t{i}" for i in range(30)] + ["hit"] * 10 + ["half"] * 25

test_heavy_hitters = cases(
    "Heavy means strictly more than phi * N plays; the stream is read once (a generator);"
    " an empty stream or phi = 1 gives set().", {
    **{f"boundary-phi-{phi}-{w}x{d}": (BOUNDARY, phi, w, d, 3)
       for phi in [0.25, 0.2, 0.125, 0.05, 0.5, 1.0] for w, d in [(4096, 4), (4, 2), (1, 1)]},
    "read-once-generator": (ONCE, 0.25, 2000, 4),
    "read-once-list": (ONCE, 0.25, 2000, 4, 0, False),
    "late-and-early-0.2": (EARLY, 0.2, 1000, 4),
    "late-and-early-0.1": (EARLY, 0.1, 1000, 4),
    **{f"small-{len(plays)}-phi-{phi}": (plays, phi, 1000, 4)
       for plays in [[], ["a"], ["a", "b"], ["a", "a", "b"]] for phi in [1.0, 0.5, 0.25]},
}, check=check_heavy_hitters)


def bad_heavy_hitters(solution, _reference, plays, phi, width, depth):
    reason = (f"phi = {phi!r}" if width > 0 and depth > 0 else f"width {width}, depth {depth}")
    expect_value_error(solution, lambda: solution.function("heavy_hitters")(
        plays, phi, width, depth), reason + ("" if plays else " with an empty stream"))


test_heavy_hitters_bad_arguments_raise = cases(
    "heavy_hitters with phi outside (0, 1] (or nan), or width or depth below 1, raises"
    " ValueError, even on no plays.", {
    **{f"phi-{phi}-{len(plays)}-plays": (plays, phi, 100, 3)
       for phi in [0.0, -0.25, 1.5, 2.0, math.nan, math.inf, -math.inf]
       for plays in [["a", "b"], []]},
    "width-0": ([], 0.5, 0, 3),
    "depth-0": ([], 0.5, 10, 0),
}, check=bad_heavy_hitters)
