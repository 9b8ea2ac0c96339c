"""Cross-check of the build_kcore_matrix reference against networkx.k_core.

The play log is a bipartite graph: a node ("u", user) or ("t", track) for
each id (tagged, so a user and a track may share an id), one edge per
DISTINCT (user, track) pair, the plays summed beside it. networkx.k_core(G, k)
is the largest subgraph in which every node has degree >= k, over the whole
graph; with min_user == min_item == k that is exactly the bipartite core the
reference peels to, and the core's edges are the kept interactions. Minded:

- k_core counts degree in a simple Graph, so duplicate rows must be merged
  into one edge first (they are, by adding edges from the distinct pairs);
- for k = 0 k_core keeps isolated nodes, but the log has none: every node
  has an edge;
- networkx has no notion of two thresholds, so unequal thresholds are
  checked against a plain fixpoint written from the spec (re-filter the
  distinct pairs until nothing changes).
"""

from __future__ import annotations

import random
from collections import Counter

import networkx as nx
import numpy as np
import pytest

from tests.oracles import reference as load_reference

build_kcore_matrix = load_reference("build_kcore_matrix")


def random_log(rng: random.Random, users: int, tracks: int, n: int):
    """Events with repeats, skewed popularity, and an id used as both user and track."""
    user_ids = [f"u{i}" for i in range(users)] + ["x"]
    track_ids = [f"t{i}" for i in range(tracks)] + ["x"]
    weights = [1 / (r + 1) for r in range(len(track_ids))]
    return [(rng.choice(user_ids), rng.choices(track_ids, weights)[0], rng.randint(1, 9))
            for _ in range(n)]


def expected_from_edges(edges, totals):
    users = sorted({u for u, _ in edges})
    tracks = sorted({t for _, t in edges})
    dense = np.zeros((len(users), len(tracks)), dtype=np.int64)
    ui = {u: i for i, u in enumerate(users)}
    ti = {t: j for j, t in enumerate(tracks)}
    for u, t in edges:
        dense[ui[u], ti[t]] = totals[u, t]
    return dense, users, tracks


def networkx_core(events, k):
    totals = Counter()
    for u, t, p in events:
        totals[u, t] += p
    graph = nx.Graph()
    graph.add_edges_from((("u", u), ("t", t)) for u, t in totals)
    core = nx.k_core(graph, k)
    edges = set()
    for a, b in core.edges():
        user, track = (a, b) if a[0] == "u" else (b, a)
        edges.add((user[1], track[1]))
    return expected_from_edges(edges, totals)


def fixpoint_core(events, min_user, min_item):
    totals = Counter()
    for u, t, p in events:
        totals[u, t] += p
    pairs = set(totals)
    while True:
        udeg = Counter(u for u, _ in pairs)
        tdeg = Counter(t for _, t in pairs)
        kept = {(u, t) for u, t in pairs if udeg[u] >= min_user and tdeg[t] >= min_item}
        if kept == pairs:
            return expected_from_edges(pairs, totals)
        pairs = kept


def check(events, min_user, min_item, expected):
    matrix, users, tracks = build_kcore_matrix(list(events), min_user, min_item)
    dense, want_users, want_tracks = expected
    assert type(matrix).__name__ == "csr_matrix"
    assert matrix.dtype == np.int64
    assert users == want_users
    assert tracks == want_tracks
    if not users:
        assert matrix.shape == (0, 0)
    else:
        assert np.array_equal(matrix.toarray(), dense)


@pytest.mark.parametrize("seed", range(60))
def test_equal_thresholds_match_networkx_k_core(seed):
    rng = random.Random(seed)
    size = rng.choice([(4, 4, 12), (8, 6, 40), (30, 20, 300), (200, 120, 3000)])
    events = random_log(rng, *size)
    for k in range(0, 6):
        check(events, k, k, networkx_core(events, k))


@pytest.mark.parametrize("seed", range(40))
def test_unequal_thresholds_match_a_fixpoint(seed):
    rng = random.Random(1000 + seed)
    size = rng.choice([(4, 4, 12), (8, 6, 40), (30, 20, 300)])
    events = random_log(rng, *size)
    for min_user in range(0, 5):
        for min_item in range(0, 5):
            check(events, min_user, min_item, fixpoint_core(events, min_user, min_item))


def test_long_chain_peels_completely():
    """A ladder (user i plays tracks i, i+1, i+2) is empty at k = 3, by both oracles."""
    events = [(f"u{i}", f"t{i + j}", 1) for i in range(300) for j in range(3)]
    expected = networkx_core(events, 3)
    assert expected[1] == []
    check(events, 3, 3, expected)
    check(events, 3, 3, fixpoint_core(events, 3, 3))


def test_cases_are_not_trivial():
    """The random logs give non-empty cores and peel something at some k."""
    rng = random.Random(5)
    events = random_log(rng, 30, 20, 300)
    sizes = [len(build_kcore_matrix(events, k, k)[1]) for k in range(6)]
    assert sizes[0] > sizes[3] > 0
