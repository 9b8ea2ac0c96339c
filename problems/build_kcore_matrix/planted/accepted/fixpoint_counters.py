"""Accepted: degrees as Counters and a stack of nodes to re-check (a node is
re-checked whenever a neighbour leaves); the matrix from COO triples."""

from collections import Counter

import numpy as np
from scipy.sparse import coo_matrix


def build_kcore_matrix(events, min_user, min_item):
    if min_user < 0 or min_item < 0:
        raise ValueError("negative threshold")
    totals = {}
    for user, track, plays in events:
        if plays <= 0:
            raise ValueError("plays must be positive")
        totals[user, track] = totals.get((user, track), 0) + plays
    by_user, by_track = {}, {}
    for user, track in totals:
        by_user.setdefault(user, set()).add(track)
        by_track.setdefault(track, set()).add(user)
    udeg = Counter({u: len(ts) for u, ts in by_user.items()})
    tdeg = Counter({t: len(us) for t, us in by_track.items()})
    gone_u, gone_t = set(), set()
    stack = [("u", u) for u in by_user] + [("t", t) for t in by_track]
    while stack:
        kind, node = stack.pop()
        if kind == "u":
            if node in gone_u or udeg[node] >= min_user:
                continue
            gone_u.add(node)
            for t in by_user[node]:
                if t not in gone_t:
                    tdeg[t] -= 1
                    stack.append(("t", t))
        else:
            if node in gone_t or tdeg[node] >= min_item:
                continue
            gone_t.add(node)
            for u in by_track[node]:
                if u not in gone_u:
                    udeg[u] -= 1
                    stack.append(("u", u))
    kept = [(u, t) for (u, t) in totals if u not in gone_u and t not in gone_t]
    users = sorted({u for u, _ in kept})
    tracks = sorted({t for _, t in kept})
    ui = {u: i for i, u in enumerate(users)}
    ti = {t: j for j, t in enumerate(tracks)}
    data = np.array([totals[p] for p in kept], dtype=np.int64)
    rows = np.array([ui[u] for u, _ in kept], dtype=np.int64)
    cols = np.array([ti[t] for _, t in kept], dtype=np.int64)
    m = coo_matrix((data, (rows, cols)), shape=(len(users), len(tracks)))
    return m.tocsr(), users, tracks
