"""Correct but slow: filter the list of interactions, recount every degree, and
repeat until a pass drops nothing. Each pass is O(E), and a chain that loses
one layer per pass needs as many passes as it has layers: O(E * layers)."""

from collections import Counter

import numpy as np
from scipy.sparse import csr_matrix


def build_kcore_matrix(events, min_user, min_item):
    if min_user < 0 or min_item < 0:
        raise ValueError("thresholds must be >= 0")
    totals = {}
    for user, track, plays in events:
        if plays <= 0:
            raise ValueError("plays must be > 0")
        totals[user, track] = totals.get((user, track), 0) + plays
    pairs = list(totals)
    while True:
        user_deg = Counter(u for u, _ in pairs)
        track_deg = Counter(t for _, t in pairs)
        kept = [(u, t) for u, t in pairs if user_deg[u] >= min_user and track_deg[t] >= min_item]
        if len(kept) == len(pairs):
            break
        pairs = kept
    users = sorted({u for u, _ in pairs})
    tracks = sorted({t for _, t in pairs})
    ui = {u: i for i, u in enumerate(users)}
    ti = {t: j for j, t in enumerate(tracks)}
    data = np.array([totals[p] for p in pairs], dtype=np.int64)
    rows = np.array([ui[u] for u, _ in pairs], dtype=np.int64)
    cols = np.array([ti[t] for _, t in pairs], dtype=np.int64)
    return csr_matrix((data, (rows, cols)), shape=(len(users), len(tracks))), users, tracks
