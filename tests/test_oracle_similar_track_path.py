"""similar_track_path's distances against scipy's and networkx's Dijkstra."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra

from .oracles import reference

similar_track_path = reference("similar_track_path")

graphs = st.integers(1, 8).flatmap(lambda n: st.tuples(
    st.just(n),
    st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1),
                       st.sampled_from([0.0, 0.1, 0.25, 0.5, 1.0])), max_size=20),
    st.integers(0, n - 1), st.integers(0, n - 1)))


def scipy_distance(n: int, edges: list[tuple[int, int, float]], src: int, dst: int) -> float:
    # csgraph sums duplicate entries and drops explicit zeros: keep the lightest
    # parallel edge ourselves and shift weights by a hair so zero edges survive.
    lightest: dict[tuple[int, int], float] = {}
    for u, v, w in edges:
        if u != v:
            key = (min(u, v), max(u, v))
            lightest[key] = min(w, lightest.get(key, math.inf))
    if not lightest:
        return 0.0 if src == dst else math.inf
    rows, cols = zip(*lightest, strict=True)
    eps = 1e-12
    data = np.array(list(lightest.values())) + eps
    graph = coo_matrix((data, (rows, cols)), shape=(n, n)).tocsr()
    # each edge on the path carries eps: at most 8 edges, far inside the 1e-9 compared
    return float(dijkstra(graph, directed=False, indices=src)[dst])


def networkx_distance(n: int, edges: list[tuple[int, int, float]], src: int, dst: int) -> float:
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    for u, v, w in edges:
        if u != v and (not graph.has_edge(u, v) or graph[u][v]["weight"] > w):
            graph.add_edge(u, v, weight=w)
    try:
        return float(nx.dijkstra_path_length(graph, src, dst))
    except nx.NetworkXNoPath:
        return math.inf


@settings(max_examples=300, derandomize=True, database=None)
@given(graphs)
def test_distances_agree_with_scipy_and_networkx(graph: tuple) -> None:  # type: ignore[type-arg]
    n, edges, src, dst = graph
    distance, path = similar_track_path(n, edges, src, dst)
    expected = networkx_distance(n, edges, src, dst)
    assert distance == expected or math.isclose(distance, expected, abs_tol=1e-9)
    via_scipy = scipy_distance(n, edges, src, dst)
    assert distance == via_scipy or math.isclose(distance, via_scipy, abs_tol=1e-9)
    assert (path == []) == math.isinf(distance)
