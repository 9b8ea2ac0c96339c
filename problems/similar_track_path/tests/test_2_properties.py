"""Hypothesis properties on small random graphs, judged by ``check_path`` (tests/checks.py)."""

from hypothesis import strategies as st

from checks import check_path
from judge.testing import agrees

# A few weights make ties, zero edges and lighter parallel edges common, which
# is where the mistakes are; 0.1 and 0.3 add sums that floats cannot hold exactly.
WEIGHTS = st.sampled_from([0.5, 1.0, 0.25, 0.0, 0.1, 0.3])


@st.composite
def graphs(draw, min_n=1, max_n=8, min_m=0, max_m=16):
    """(n, edges, src, dst): any multigraph, with parallel edges and self-loops."""
    n = draw(st.integers(min_n, max_n))
    track = st.integers(0, n - 1)
    edges = draw(st.lists(st.tuples(track, track, WEIGHTS), min_size=min_m, max_size=max_m))
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


test_lightest_path = agrees(
    "Returns a valid path from src to dst of the least weight, or (inf, []) if none.",
    graphs(), check=check_path)

test_lightest_path_connected = agrees(
    "On a connected graph, returns a valid path of the least weight.",
    connected_graphs(), check=check_path)

test_parallel_edges = agrees(
    "With many parallel edges, only the lightest between two tracks counts.",
    graphs(min_n=2, max_n=4, min_m=1, max_m=12), check=check_path)  # few tracks, many edges
