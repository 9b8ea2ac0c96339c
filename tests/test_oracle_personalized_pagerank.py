"""Cross-check of the personalized_pagerank reference against networkx.pagerank.

networkx sums parallel edges of a MultiDiGraph (to_scipy_sparse_array), treats
a node of out-weight 0 as dangling, and with ``dangling=None`` hands the
dangling mass to the personalization vector, as the catalog asks. Two
definitional differences are minded:

- networkx starts from the uniform vector (not from p) unless ``nstart`` is
  given, so its intermediate iterates differ: the converged comparison runs
  both to a tiny tolerance and compares the fixed points within 1e-8;
- networkx stops when the L1 change is < N * tol, not < tol: the
  iterate-by-iterate comparison passes ``nstart=seeds`` and ``tol / N``, which
  makes both stop at the same iterate, compared within 1e-12.
"""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest

from tests.oracles import reference as load_reference

reference = load_reference("personalized_pagerank")

WEIGHTS = [1.0, 0.5, 2.0, 0.0, 0.3, 1.7]


def random_graph(rng: random.Random) -> tuple[int, list[tuple[int, int, float]],
                                              dict[int, float]]:
    """A directed multigraph with parallel edges, self-loops, zero weights and
    dangling nodes, and seeds with a positive total."""
    n = rng.randrange(1, 25)
    m = rng.randrange(0, 4 * n)
    edges = [(rng.randrange(n), rng.randrange(n),
              rng.choice(WEIGHTS) if rng.random() < 0.7 else rng.uniform(0, 5))
             for _ in range(m)]
    seeds = {rng.randrange(n): rng.choice([1.0, 2.0, 0.0, 0.25, rng.random()])
             for _ in range(rng.randrange(1, n + 1))}
    if sum(seeds.values()) == 0:
        seeds[next(iter(seeds))] = 1.0
    return n, edges, seeds


def networkx_pagerank(n: int, edges: list[tuple[int, int, float]], seeds: dict[int, float],
                      **kwargs: object) -> np.ndarray:
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(edges)
    scores = nx.pagerank(graph, personalization=seeds, dangling=None, weight="weight",
                         **kwargs)
    return np.array([scores[node] for node in range(n)])


@pytest.mark.parametrize("seed", range(120))
def test_fixed_point_matches_networkx(seed: int) -> None:
    rng = random.Random(seed)
    n, edges, seeds = random_graph(rng)
    alpha = rng.choice([0.85, 0.5, 0.9, 0.95, 0.0, 0.7])
    got = reference(n, edges, seeds, alpha=alpha, tol=1e-13, max_iter=20_000)
    want = networkx_pagerank(n, edges, seeds, alpha=alpha, tol=1e-13 / n, max_iter=20_000)
    assert isinstance(got, np.ndarray) and got.dtype == np.float64 and got.shape == (n,)
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-8)
    assert abs(got.sum() - 1) < 1e-9


@pytest.mark.parametrize("seed", range(80))
def test_same_iterate_as_networkx_started_from_p(seed: int) -> None:
    rng = random.Random(1000 + seed)
    n, edges, seeds = random_graph(rng)
    alpha = rng.choice([0.85, 0.5, 0.9, 0.6])
    tol = rng.choice([0.3, 0.1, 1e-2, 1e-3, 1e-5])
    got = reference(n, edges, seeds, alpha=alpha, tol=tol, max_iter=20_000)
    want = networkx_pagerank(n, edges, seeds, alpha=alpha, tol=tol / n, nstart=seeds,
                             max_iter=20_000)
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-12)


def test_default_arguments_match_networkx() -> None:
    rng = random.Random(5)
    n = 300
    edges = [(rng.randrange(n), rng.randrange(n), rng.uniform(0, 3)) for _ in range(1500)]
    seeds = {3: 1.0, 17: 2.0, 250: 0.5}
    want = networkx_pagerank(n, edges, seeds, tol=1e-13 / n, max_iter=20_000)
    np.testing.assert_allclose(reference(n, edges, seeds), want, rtol=0, atol=1e-8)
