"""Hypothesis properties on small random graphs, compared with the reference."""

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import agree

# A few weights make parallel edges, zero weights and unequal rows common;
# the weights are exact binary fractions so that sums do not depend on order.
WEIGHTS = st.sampled_from([1.0, 0.5, 2.0, 0.25, 0.0, 3.0])
SEED_WEIGHTS = st.sampled_from([1.0, 2.0, 0.5, 0.0, 3.0])
ALPHAS = st.sampled_from([0.85, 0.5, 0.9, 0.0, 1.0, 0.75])


@st.composite
def graphs(draw, max_n=8, max_m=20):
    """(n, edges, seeds): a directed multigraph with self-loops, and valid seeds."""
    n = draw(st.integers(1, max_n))
    node = st.integers(0, n - 1)
    edges = draw(st.lists(st.tuples(node, node, WEIGHTS), max_size=max_m))
    seeds = draw(st.dictionaries(node, SEED_WEIGHTS, min_size=1, max_size=n))
    if sum(seeds.values()) == 0:
        seeds[next(iter(seeds))] = 1.0
    return n, edges, seeds


@given(graph=graphs(), alpha=ALPHAS)
def test_matches_reference(solution, reference, graph, alpha):
    """Returns the personalized PageRank vector (converged to the default tol)."""
    agree(solution, reference, *graph, alpha=alpha)


@given(graph=graphs(), alpha=ALPHAS, max_iter=st.integers(0, 3))
def test_first_iterations(solution, reference, graph, alpha, max_iter):
    """Starting from p, max_iter = k (with tol = 0) returns exactly k iterations."""
    agree(solution, reference, *graph, alpha=alpha, tol=0.0, max_iter=max_iter)


@given(graph=graphs(), alpha=st.sampled_from([0.85, 0.5, 0.95]),
       tol=st.sampled_from([0.3, 0.1, 0.03, 0.01, 0.003]))
def test_stopping_rule(solution, reference, graph, alpha, tol):
    """Stops at the first iterate whose L1 change is < tol, and returns that iterate."""
    agree(solution, reference, *graph, alpha=alpha, tol=tol)


@st.composite
def multigraphs(draw):
    """(n, edges, seeds): few nodes, many parallel edges and self-loops."""
    n = draw(st.integers(2, 4))
    node = st.integers(0, n - 1)
    edges = draw(st.lists(st.tuples(node, node, WEIGHTS), min_size=1, max_size=14))
    return n, edges, {draw(node): 1.0}


@given(graph=multigraphs(), max_iter=st.sampled_from([1, 2, 1000]))
def test_parallel_edges(solution, reference, graph, max_iter):
    """Parallel edges add up their weights; self-loops are ordinary edges."""
    agree(solution, reference, *graph, alpha=0.5, max_iter=max_iter)
