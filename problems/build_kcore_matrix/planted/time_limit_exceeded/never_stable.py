"""Re-filters until no degree is below its threshold, but dropped users and tracks
stay in the degree tables with degree 0: once anything is dropped, the loop's
condition never becomes false."""

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
    pairs = set(totals)
    user_deg = {u: 0 for u, _ in pairs}
    track_deg = {t: 0 for _, t in pairs}

    def recount():
        for u in user_deg:
            user_deg[u] = 0
        for t in track_deg:
            track_deg[t] = 0
        for u, t in pairs:
            user_deg[u] += 1
            track_deg[t] += 1

    recount()
    while (any(d < min_user for d in user_deg.values())
           or any(d < min_item for d in track_deg.values())):
        pairs = {(u, t) for u, t in pairs if user_deg[u] >= min_user and track_deg[t] >= min_item}
        recount()
    users = sorted({u for u, _ in pairs})
    tracks = sorted({t for _, t in pairs})
    ui = {u: i for i, u in enumerate(users)}
    ti = {t: j for j, t in enumerate(tracks)}
    data = np.array([totals[p] for p in pairs], dtype=np.int64)
    rows = np.array([ui[u] for u, _ in pairs], dtype=np.int64)
    cols = np.array([ti[t] for _, t in pairs], dtype=np.int64)
    return csr_matrix((data, (rows, cols)), shape=(len(users), len(tracks))), users, tracks
