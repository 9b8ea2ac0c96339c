"""Hypothesis properties on small random graphs, judged by ``check_path`` (tests/checks.py)."""

import math

from hypothesis import given
from hypothesis import strategies as st

from checks import check_path
from judge.testing import agrees, expect_raises

# A few weights make ties, zero edges and lighter parallel edges common, which
# is where the mistakes are; 0.1 and 0.3 add sums that floats cannot hold exactly.
WEIGHTS = st.sampled_from([0.5, 1.0, 0.25, 0.0, 0.1, 0.3])


@st.composite
def graphs(draw, max_n=8, max_m=16):
    """(n, edges, src, dst): any multigraph, with parallel edges and self-loops."""
    n = draw(st.integers(1, max_n))
    track = st.integers(0, n - 1)
    edges = draw(st.lists(st.tuples(track, track, WEIGHTS), max_size=max_m))
    return n, edges, draw(track), draw(track)


@st.composite
def connected_graphs(draw, max_n=8, max_extra=10):
    """(n, edges, src, dst): a random tree plus extra edges, so dst is reachable.
    Half of them weigh 0.5 everywhere: then many paths are equally light."""
    n = draw(st.integers(2, max_n))
    weights = draw(st.sampled_from([WEIGHTS, st.just(0.5)]))
    labels = draw(st.permutations(range(n)))
    edges = []
    for i in range(1, n):
        u, v = labels[draw(st.integers(0, i - 1))], labels[i]
        edges.append((u, v, draw(weights)) if draw(st.booleans()) else (v, u, draw(weights)))
    track = st.integers(0, n - 1)
    edges += draw(st.lists(st.tuples(track, track, weights), max_size=max_extra))
    return n, edges, draw(track), draw(track)


@st.composite
def multigraphs(draw):
    """(n, edges, src, dst): few tracks, many parallel edges in both orientations."""
    n = draw(st.integers(2, 4))
    track = st.integers(0, n - 1)
    edges = draw(st.lists(st.tuples(track, track, WEIGHTS), min_size=1, max_size=12))
    return n, edges, draw(track), draw(track)


test_lightest_path = agrees(
    "Returns a valid path from src to dst of the least weight, or (inf, []) if none.",
    graphs(), check=check_path)


test_lightest_path_connected = agrees(
    "On a connected graph, returns a valid path of the least weight.",
    connected_graphs(), check=check_path)


test_parallel_edges = agrees(
    "With many parallel edges, only the lightest between two tracks counts.",
    multigraphs(), check=check_path)


BAD_WEIGHTS = [1.5, -0.25, 1.0000001, -1e-9, math.nan, math.inf, -math.inf]


@st.composite
def invalid_calls(draw):
    """(n, edges, src, dst) with one bad argument: an edge, src or dst."""
    n, edges, src, dst = draw(graphs())
    track = st.integers(0, n - 1)
    outside = st.sampled_from([n, -1, n + 2, -n])
    what = draw(st.sampled_from(["weight", "endpoint", "src", "dst"]))
    if what == "src":
        return n, edges, draw(outside), dst
    if what == "dst":
        return n, edges, src, draw(outside)
    if what == "weight":
        bad = draw(st.tuples(track, track, st.sampled_from(BAD_WEIGHTS)))
    else:
        u, v, w = draw(st.tuples(outside, track, WEIGHTS))
        bad = draw(st.sampled_from([(u, v, w), (v, u, w)]))
    at = draw(st.integers(0, len(edges)))
    return n, [*edges[:at], bad, *edges[at:]], src, draw(st.sampled_from([dst, src]))


def _what_is_wrong(n, edges, src, dst):
    if not 0 <= src < n:
        return f"src={src} with tracks 0..{n - 1}"
    if not 0 <= dst < n:
        return f"dst={dst} with tracks 0..{n - 1}"
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n and 0 <= w <= 1):
            return f"the edge {(u, v, w)!r} (tracks are 0..{n - 1}, weights in [0, 1])"
    raise AssertionError("invalid_calls made a valid call")


@given(args=invalid_calls())
def test_invalid_arguments_raise(solution, args):
    """A bad edge (endpoint outside 0..n-1, weight outside [0, 1]), src or dst raises ValueError."""
    expect_raises(solution, ValueError, *args, reason=_what_is_wrong(*args))
