"""Cross-check genre_rollup's reference against networkx on random hierarchies.

On the directed graph parent -> child (every genre named anywhere a node), a
genre's total is its own plays plus those of networkx.descendants; the
hierarchy has a cycle exactly when the graph is not a DAG (networkx counts a
self-loop as a cycle, as the spec does).
"""

import random

import networkx as nx
import pytest

from tests.oracles import reference as load_reference

genre_rollup = load_reference("genre_rollup")


def _random_case(rng: random.Random):
    names = [f"g{i}" for i in range(rng.randint(1, 25))]
    order = names[:]
    rng.shuffle(order)
    parent = {}
    for i, genre in enumerate(order):
        if rng.random() < 0.8:  # a forest: parents come earlier in `order`
            parent[genre] = rng.choice(order[:i]) if i and rng.random() < 0.85 else None
    if rng.random() < 0.3 and parent:  # now and then, an arbitrary re-filing
        parent[rng.choice(list(parent))] = rng.choice(names)
    plays = {g: rng.randint(0, 50) for g in rng.sample(names, rng.randint(0, len(names)))}
    return parent, plays


def _oracle(parent, plays):
    graph = nx.DiGraph()
    graph.add_nodes_from(parent)
    graph.add_nodes_from(plays)
    graph.add_edges_from((up, genre) for genre, up in parent.items() if up is not None)
    if not nx.is_directed_acyclic_graph(graph):
        return None
    return {genre: plays.get(genre, 0) + sum(plays.get(d, 0) for d in nx.descendants(graph, genre))
            for genre in graph}


@pytest.mark.parametrize("seed", range(200))
def test_reference_matches_networkx(seed):
    parent, plays = _random_case(random.Random(seed))
    expected = _oracle(parent, plays)
    if expected is None:
        with pytest.raises(ValueError):
            genre_rollup(parent, plays)
    else:
        assert genre_rollup(parent, plays) == expected


def test_deep_chain_matches_networkx():
    depth = 1_500
    parent = {f"g{i}": f"g{i - 1}" for i in range(depth, 0, -1)}
    plays = {f"g{i}": i % 7 for i in range(0, depth + 1, 3)}
    assert genre_rollup(parent, plays) == _oracle(parent, plays)
