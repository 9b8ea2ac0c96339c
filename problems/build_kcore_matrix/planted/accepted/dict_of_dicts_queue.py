"""Accepted: the textbook k-core peeling (Batagelj and Zaversnik's queue, as
in networkx's k_core) on a bipartite adjacency of dicts: user -> {track:
plays} and track -> {user: plays}. Removing a node deletes its entries from
its neighbours' dicts, so the degrees are the dicts' sizes. O(E), then the
survivors' COO triples and a csr_matrix."""

from collections import deque

import numpy as np
from scipy.sparse import csr_matrix


def build_kcore_matrix(events, min_user, min_item):
    if min_user < 0 or min_item < 0:
        raise ValueError("thresholds must be >= 0")
    user_tracks = {}
    track_users = {}
    for user, track, plays in events:
        if plays <= 0:
            raise ValueError("plays must be > 0")
        row = user_tracks.setdefault(user, {})
        row[track] = row.get(track, 0) + plays
        track_users.setdefault(track, {})[user] = row[track]

    queue = deque(("user", u) for u, row in user_tracks.items() if len(row) < min_user)
    queue.extend(("track", t) for t, col in track_users.items() if len(col) < min_item)
    removed = set()
    while queue:
        side, node = queue.popleft()
        if (side, node) in removed:
            continue
        removed.add((side, node))
        if side == "user":
            for track in user_tracks.pop(node):
                users = track_users[track]
                del users[node]
                if len(users) < min_item and ("track", track) not in removed:
                    queue.append(("track", track))
        else:
            for user in track_users.pop(node):
                tracks = user_tracks[user]
                del tracks[node]
                if len(tracks) < min_user and ("user", user) not in removed:
                    queue.append(("user", user))

    users = sorted(u for u, row in user_tracks.items() if row)
    tracks = sorted(t for t, col in track_users.items() if col)
    if not users:
        return csr_matrix((0, 0), dtype=np.int64), [], []
    column = {t: j for j, t in enumerate(tracks)}
    rows, cols, data = [], [], []
    for i, user in enumerate(users):
        for track, plays in user_tracks[user].items():
            rows.append(i)
            cols.append(column[track])
            data.append(plays)
    matrix = csr_matrix((np.array(data, dtype=np.int64), (rows, cols)),
                        shape=(len(users), len(tracks)), dtype=np.int64)
    return matrix, users, tracks
