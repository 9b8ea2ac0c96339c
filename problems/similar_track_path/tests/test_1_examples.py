"""The statement's examples and hand-picked edge cases, judged by check_path (a valid
path, as light as the reference's, whose distance is its own weight)."""

import math

from checks import check_path
from judge.testing import cases, raising

NAN, INF = math.nan, math.inf


check_example = check_path  # checks the statement's examples too


def paths(doc, *graphs):
    """A test over (n, edges, src, dst) graphs, one test case each."""
    return cases(doc, graphs, check=check_path, ids=lambda g: f"n={g[0]},{g[2]}->{g[3]}")


test_same_track = paths(
    "From a track to itself the answer is (0.0, [src]), even on a zero-weight cycle.",
    (3, [(0, 1, 0.5), (1, 2, 0.5)], 1, 1),
    (1, [], 0, 0),
    (3, [(0, 1, 0.0), (1, 2, 0.0), (2, 0, 0.0), (0, 0, 0.0)], 0, 0))

test_unreachable = paths("An unreachable dst gives (inf, []).",
    (2, [], 0, 1),
    (4, [(0, 1, 0.5), (2, 3, 0.5)], 0, 3),
    (4, [(0, 1, 0.5), (2, 3, 0.5)], 3, 1),
    (2, [(0, 0, 0.0), (1, 1, 0.5)], 0, 1))

test_zero_weight_edges = paths("A weight of 0.0 is a real edge, not a missing one.",
    (2, [(0, 1, 0.0)], 0, 1),
    (3, [(0, 2, 0.25), (0, 1, 0.0), (1, 2, 0.0)], 0, 2),
    (4, [(0, 1, 0.0), (1, 2, 0.0), (2, 0, 0.0), (2, 3, 0.5)], 0, 3))

test_parallel_edges = paths("Between two tracks joined by several edges, only the lightest counts.",
    (2, [(0, 1, 1.0), (0, 1, 0.25)], 0, 1),
    (2, [(0, 1, 0.25), (0, 1, 1.0)], 0, 1),
    (3, [(0, 1, 0.75), (1, 0, 0.25), (1, 2, 0.5), (2, 1, 1.0)], 0, 2),
    (3, [(1, 2, 0.5), (0, 1, 0.25), (2, 1, 0.0), (1, 0, 0.75)], 2, 0))

test_self_loops = paths("Self-loops are ignored, light or heavy.",
    (3, [(0, 0, 0.0), (0, 1, 0.5), (1, 1, 0.0), (1, 2, 0.5), (2, 2, 1.0)], 0, 2),
    (2, [(1, 1, 0.0), (0, 1, 0.5)], 1, 0))

test_equally_light_paths = paths("When several paths are equally light, any of them is right.",
    (4, [(0, 1, 0.5), (1, 3, 0.5), (0, 2, 0.5), (2, 3, 0.5)], 0, 3),
    (5, [(2, 1, 0.25), (4, 1, 0.0), (0, 2, 0.0), (4, 3, 0.0), (0, 3, 0.25)], 0, 4))


def test_long_chain(solution, reference):
    """A chain of 12,000 tracks (a long path must not hit Python's recursion limit)."""
    n = 12_000
    with solution.time_limit(60):
        check_path(solution, reference, n, [(i, i + 1, 0.5) for i in range(n - 1)], 0, n - 1)


test_invalid_arguments_raise = raising("Invalid arguments raise ValueError (see the statement).", {
    "n < 0": (-1, [], 0, 0),
    "n == 0 (no track can be src)": (0, [], 0, 0),
    "src == n": (3, [(0, 1, 0.5)], 3, 0),
    "dst == n": (3, [(0, 1, 0.5)], 0, 3),
    "src == -1": (3, [(0, 1, 0.5)], -1, 0),
    "dst == -1": (3, [(0, 1, 0.5)], 0, -1),
    "an edge endpoint == n": (3, [(0, 3, 0.5)], 0, 1),
    "an edge endpoint == -1": (3, [(-1, 0, 0.5)], 0, 2),
    "an edge endpoint == -2, in the middle": (3, [(0, 1, 0.5), (1, -2, 0.5), (1, 2, 0.5)], 0, 2),
    "a weight above 1": (3, [(0, 1, 1.5)], 0, 1),
    "a weight of 1.0000001": (3, [(1, 2, 0.5), (0, 1, 1.0000001)], 0, 2),
    "a negative weight": (3, [(0, 1, -0.25)], 0, 1),
    "a weight of -1e-9": (3, [(0, 1, 0.5), (0, 2, -1e-9), (1, 2, 0.5)], 0, 2),
    "a weight of nan": (3, [(0, 1, NAN)], 0, 1),
    "a weight of inf": (3, [(0, 1, INF)], 0, 1),
    "a weight of -inf": (3, [(0, 1, 0.5), (1, 2, -INF)], 0, 2),
    "a self-loop with weight 2.0": (3, [(0, 1, 0.5), (2, 2, 2.0)], 0, 1),
    "a self-loop on track 5 of 3": (3, [(0, 1, 0.5), (5, 5, 0.5)], 0, 1),
    "an edge to track 3 of 3, away from src and dst": (3, [(0, 1, 0.5), (2, 3, 0.5)], 0, 1),
    "an edge with weight 1.5 (even with src == dst)": (3, [(0, 1, 0.5), (1, 2, 1.5)], 0, 0),
    "an edge endpoint == 3 of 3 (even with src == dst)": (3, [(3, 1, 0.5), (0, 1, 0.5)], 1, 1),
})
