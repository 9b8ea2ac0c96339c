"""Degrees count event rows, not distinct partners: a user with the same track in
three rows counts as having three tracks. (The plays are summed right.)"""

from collections import Counter, defaultdict, deque

import numpy as np
from scipy.sparse import csr_matrix


def build_kcore_matrix(events, min_user, min_item):
    if min_user < 0 or min_item < 0:
        raise ValueError("thresholds must be >= 0")
    plays = defaultdict(int)
    for user, track, count in events:
        if count <= 0:
            raise ValueError("plays must be > 0")
        plays[user, track] += count
    rows_of = Counter((user, track) for user, track, _ in events)
    degree = {("u", u): 0 for u, _ in plays} | {("t", t): 0 for _, t in plays}
    neighbours = defaultdict(set)
    for (user, track), n in rows_of.items():
        degree["u", user] += n
        degree["t", track] += n
        neighbours["u", user].add(("t", track))
        neighbours["t", track].add(("u", user))
    limit = {"u": min_user, "t": min_item}
    queue = deque(node for node, d in degree.items() if d < limit[node[0]])
    removed = set()
    while queue:
        node = queue.popleft()
        if node in removed:
            continue
        removed.add(node)
        for other in neighbours[node]:
            if other in removed:
                continue
            pair = (node[1], other[1]) if node[0] == "u" else (other[1], node[1])
            degree[other] -= rows_of[pair]
            if degree[other] < limit[other[0]]:
                queue.append(other)
    kept = [(u, t) for u, t in plays if ("u", u) not in removed and ("t", t) not in removed]
    users = sorted({u for u, _ in kept})
    tracks = sorted({t for _, t in kept})
    ui = {u: i for i, u in enumerate(users)}
    ti = {t: j for j, t in enumerate(tracks)}
    data = np.array([plays[p] for p in kept], dtype=np.int64)
    rows = np.array([ui[u] for u, _ in kept], dtype=np.int64)
    cols = np.array([ti[t] for _, t in kept], dtype=np.int64)
    return csr_matrix((data, (rows, cols)), shape=(len(users), len(tracks))), users, tracks
