"""Accepted: ids to ints, the duplicates summed by scipy's COO -> CSR conversion,
then queue peeling over the CSR and CSC index arrays; rows and columns selected
and ordered by fancy indexing."""

from collections import deque

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix


def build_kcore_matrix(events, min_user, min_item):
    if min_user < 0 or min_item < 0:
        raise ValueError("thresholds must be >= 0")
    user_ids, track_ids = {}, {}
    n = len(events)
    rows = np.fromiter((user_ids.setdefault(u, len(user_ids)) for u, _, _ in events),
                       np.int64, n)
    cols = np.fromiter((track_ids.setdefault(t, len(track_ids)) for _, t, _ in events),
                       np.int64, n)
    plays = np.fromiter((p for _, _, p in events), np.int64, n)
    if (plays <= 0).any():
        raise ValueError("plays must be > 0")
    by_user = coo_matrix((plays, (rows, cols)), shape=(len(user_ids), len(track_ids))).tocsr()
    by_user.sum_duplicates()
    by_track = by_user.tocsc()
    udeg = np.diff(by_user.indptr).tolist()
    tdeg = np.diff(by_track.indptr).tolist()
    u_ptr, u_idx = by_user.indptr.tolist(), by_user.indices.tolist()
    t_ptr, t_idx = by_track.indptr.tolist(), by_track.indices.tolist()
    u_alive = [True] * len(udeg)
    t_alive = [True] * len(tdeg)
    queue = deque([(0, i) for i, d in enumerate(udeg) if d < min_user]
                  + [(1, j) for j, d in enumerate(tdeg) if d < min_item])
    while queue:
        side, i = queue.popleft()
        if side == 0:
            u_alive[i] = False
            for j in u_idx[u_ptr[i]:u_ptr[i + 1]]:
                if t_alive[j]:
                    tdeg[j] -= 1
                    if tdeg[j] == min_item - 1:
                        queue.append((1, j))
        else:
            t_alive[i] = False
            for u in t_idx[t_ptr[i]:t_ptr[i + 1]]:
                if u_alive[u]:
                    udeg[u] -= 1
                    if udeg[u] == min_user - 1:
                        queue.append((0, u))
    users = sorted((name for name, i in user_ids.items() if u_alive[i] and udeg[i] > 0))
    tracks = sorted((name for name, j in track_ids.items() if t_alive[j] and tdeg[j] > 0))
    if not users:
        return csr_matrix((0, 0), dtype=np.int64), [], []
    matrix = by_user[[user_ids[u] for u in users]][:, [track_ids[t] for t in tracks]]
    return csr_matrix(matrix, dtype=np.int64), users, tracks
