"""Cross-check artist_hops' reference against networkx on random graphs.

networkx.single_source_shortest_path_length(G, src, cutoff=max_hops) on the
undirected graph of all listed relations is the same definition, once every
artist named anywhere (and src) is a node. networkx keeps self-loops and
merges repeated edges, neither of which changes a hop count.
"""

import random

import networkx as nx
import pytest

from tests.oracles import reference as load_reference

artist_hops = load_reference("artist_hops")


def _random_case(rng: random.Random):
    names = [f"a{i}" for i in range(rng.randint(1, 30))]
    adj = {}
    for name in rng.sample(names, rng.randint(0, len(names))):
        adj[name] = [rng.choice(names) for _ in range(rng.randint(0, 4))]
    src = rng.choice([*names, "nobody"])
    return adj, src, rng.randint(0, 8)


def _oracle(adj, src, max_hops):
    graph = nx.Graph()
    graph.add_node(src)
    for artist, neighbours in adj.items():
        graph.add_node(artist)
        graph.add_edges_from((artist, other) for other in neighbours)
    return dict(nx.single_source_shortest_path_length(graph, src, cutoff=max_hops))


@pytest.mark.parametrize("seed", range(200))
def test_reference_matches_networkx(seed):
    adj, src, max_hops = _random_case(random.Random(seed))
    assert artist_hops(adj, src, max_hops) == _oracle(adj, src, max_hops)


def test_negative_max_hops_raises():
    with pytest.raises(ValueError):
        artist_hops({"a": ["b"]}, "a", -1)
