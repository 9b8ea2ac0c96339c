"""Hypothesis properties on small random graphs, compared with the reference
within 1e-8 absolute."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from judge.testing import WrongAnswer, agree, as_array, check_type, expect_raises

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


@given(graph=graphs(), alpha=ALPHAS)
def test_sums_to_one(solution, graph, alpha):
    """The scores are a probability vector: non-negative, adding up to 1."""
    got = solution(*graph, alpha=alpha)
    check_probability(solution, got)


def check_probability(solution, got):
    check_type(got, np.ndarray, solution.last_call)
    x = as_array(got)
    if x.dtype.kind != "f":
        raise WrongAnswer(f"the result has dtype {x.dtype}, expected float",
                          call=solution.last_call)
    if not (x >= -1e-12).all() or not math.isclose(float(x.sum()), 1.0, abs_tol=1e-8):
        raise WrongAnswer(f"the scores must be >= 0 and add up to 1; they add up to {x.sum()!r}"
                          f" and the smallest is {x.min()!r}", call=solution.last_call)


BAD_WEIGHTS = [-1.0, -1e-9, math.nan, math.inf, -math.inf]


@st.composite
def invalid_calls(draw):
    """(args, kwargs, reason) with exactly one bad argument."""
    n, edges, seeds = draw(graphs())
    node = st.integers(0, n - 1)
    outside = st.sampled_from([n, -1, n + 3, -n])
    what = draw(st.sampled_from(["edge node", "edge weight", "seed node", "seed weight",
                                 "seed sum", "alpha", "tol", "max_iter"]))
    kwargs = {}
    if what == "edge node":
        u, v, w = draw(st.tuples(outside, node, WEIGHTS))
        bad = draw(st.sampled_from([(u, v, w), (v, u, w)]))
        at = draw(st.integers(0, len(edges)))
        edges = [*edges[:at], bad, *edges[at:]]
        reason = f"the edge {bad!r} with nodes 0..{n - 1}"
    elif what == "edge weight":
        bad = draw(st.tuples(node, node, st.sampled_from(BAD_WEIGHTS)))
        at = draw(st.integers(0, len(edges)))
        edges = [*edges[:at], bad, *edges[at:]]
        reason = f"the edge {bad!r} (weights must be finite and >= 0)"
    elif what == "seed node":
        bad = draw(outside)
        seeds = {**seeds, bad: draw(SEED_WEIGHTS)}
        reason = f"the seed node {bad} with nodes 0..{n - 1}"
    elif what == "seed weight":
        bad = draw(st.sampled_from(BAD_WEIGHTS))
        seeds = {**seeds, draw(node): bad}
        reason = f"a seed weight of {bad!r}"
    elif what == "seed sum":
        seeds = dict.fromkeys(seeds, 0.0) if draw(st.booleans()) else {}
        reason = f"seeds {seeds!r} (empty or adding up to 0)"
    elif what == "alpha":
        kwargs["alpha"] = draw(st.sampled_from([1.0001, -0.5, 2.0, math.nan]))
        reason = f"alpha={kwargs['alpha']!r}"
    elif what == "tol":
        kwargs["tol"] = draw(st.sampled_from([-1e-10, -1.0, math.nan]))
        reason = f"tol={kwargs['tol']!r}"
    else:
        kwargs["max_iter"] = draw(st.sampled_from([-1, -100]))
        reason = f"max_iter={kwargs['max_iter']!r}"
    return (n, edges, seeds), kwargs, reason


@given(call=invalid_calls())
def test_invalid_arguments_raise(solution, call):
    """A bad edge, seed, alpha, tol or max_iter raises ValueError."""
    args, kwargs, reason = call
    expect_raises(solution, ValueError, *args, reason=reason, **kwargs)
