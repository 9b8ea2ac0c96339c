"""Cross-check friends_artist_recs' reference against scipy and networkx.

Two oracles on random inputs (seeded, small id pools so repeated rows, both
orientations, self-pairs and ties are common):
- a binarized scipy sparse product: friend matrix F (users x users, symmetric,
  no diagonal) times follow matrix M (users x artists), both with duplicates
  collapsed to 1; the user's row of F @ M is the score vector;
- networkx.common_neighbors on one graph holding user and artist nodes: the
  common neighbours of the user and an artist are exactly the friends who
  follow that artist (user and artist nodes are kept apart by a tag).
Both then drop the artists the user follows and zero scores and order by
(-score, artist id).
"""

import random

import networkx as nx
import numpy as np
import pytest
from scipy.sparse import coo_matrix

from tests.oracles import reference as load_reference

friends_artist_recs = load_reference("friends_artist_recs")


def _ranked(scores, k):
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]


def scipy_recs(friends, follows, user, k):
    users = sorted({x for pair in friends for x in pair} | {u for u, _ in follows} | {user})
    artists = sorted({a for _, a in follows})
    uid = {name: i for i, name in enumerate(users)}
    aid = {name: i for i, name in enumerate(artists)}
    pairs = [(uid[a], uid[b]) for a, b in friends if a != b]
    rows = [i for i, j in pairs] + [j for i, j in pairs]
    cols = [j for i, j in pairs] + [i for i, j in pairs]
    f = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(users),) * 2).tocsr()
    f.data[:] = 1.0  # binarize: tocsr summed the duplicates
    m = coo_matrix((np.ones(len(follows)), ([uid[u] for u, _ in follows],
                                            [aid[a] for _, a in follows])),
                   shape=(len(users), len(artists))).tocsr()
    m.data[:] = 1.0
    me = uid[user]
    scores = np.asarray((f[me] @ m).todense()).ravel()
    own = np.asarray(m[me].todense()).ravel()
    found = {artists[j]: int(scores[j]) for j in range(len(artists))
             if scores[j] > 0 and own[j] == 0}
    return _ranked(found, k)


def networkx_recs(friends, follows, user, k):
    graph = nx.Graph()
    graph.add_node(("user", user))
    graph.add_edges_from((("user", a), ("user", b)) for a, b in friends if a != b)
    graph.add_edges_from((("user", u), ("artist", a)) for u, a in follows)
    me = ("user", user)
    found = {}
    for node in graph:
        if node[0] == "artist" and not graph.has_edge(me, node):
            score = len(list(nx.common_neighbors(graph, me, node)))
            if score:
                found[node[1]] = score
    return _ranked(found, k)


def random_case(rng, n_users, n_artists, n_friends, n_follows):
    users = [f"u{i}" for i in range(n_users)] + [""]
    artists = [f"a{i}" for i in range(n_artists)] + ["u0", "B"]
    friends = [(rng.choice(users), rng.choice(users)) for _ in range(rng.randint(0, n_friends))]
    follows = [(rng.choice(users), rng.choice(artists))
               for _ in range(rng.randint(0, n_follows))]
    return friends, follows, rng.choice(users), rng.randint(0, n_artists + 3)


CASES = [random_case(random.Random(seed), 5, 6, 12, 25) for seed in range(120)]
CASES += [random_case(random.Random(1000 + seed), 60, 80, 400, 1500) for seed in range(30)]


@pytest.mark.parametrize("case", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_reference_matches_oracles(case):
    """The reference agrees with the sparse product and with common_neighbors."""
    friends, follows, user, k = case
    got = friends_artist_recs(list(friends), list(follows), user, k)
    assert got == scipy_recs(friends, follows, user, k)
    assert got == networkx_recs(friends, follows, user, k)


def test_oracles_are_not_trivial():
    """The random cases exercise ties, repeats, self-pairs and own artists."""
    nonempty = sum(bool(friends_artist_recs(*case)) for case in CASES)
    assert nonempty > len(CASES) // 2
    assert any(a == b for friends, *_ in CASES for a, b in friends)
