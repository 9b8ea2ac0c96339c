"""A user's degree is the total of their plays, a track's its total plays, instead
of the number of distinct partners: a user who played one track 50 times passes
min_user = 2."""

from collections import defaultdict, deque

import numpy as np
from scipy.sparse import csr_matrix


def build_kcore_matrix(events: list[tuple[str, str, int]], min_user: int,
                       min_item: int) -> tuple[csr_matrix, list[str], list[str]]:
    if min_user < 0 or min_item < 0:
        raise ValueError(f"thresholds must be >= 0, got {min_user} and {min_item}")
    plays: dict[tuple[str, str], int] = defaultdict(int)
    for user, track, count in events:
        if count <= 0:
            raise ValueError(f"plays must be > 0, got {count} for ({user!r}, {track!r})")
        plays[user, track] += count

    tracks_of: dict[str, set[str]] = defaultdict(set)
    users_of: dict[str, set[str]] = defaultdict(set)
    for user, track in plays:
        tracks_of[user].add(track)
        users_of[track].add(user)

    user_deg = defaultdict(int)
    track_deg = defaultdict(int)
    for (user, track), count in plays.items():
        user_deg[user] += count
        track_deg[track] += count
    queue = deque([(True, u) for u in tracks_of if user_deg[u] < min_user])
    queue += [(False, t) for t in users_of if track_deg[t] < min_item]
    while queue:
        is_user, node = queue.popleft()
        if is_user:
            for track in tracks_of.pop(node, ()):
                users_of[track].discard(node)
                track_deg[track] -= plays[node, track]
                if track in users_of and track_deg[track] < min_item:
                    queue.append((False, track))
        else:
            for user in users_of.pop(node, ()):
                tracks_of[user].discard(node)
                user_deg[user] -= plays[user, node]
                if user in tracks_of and user_deg[user] < min_user:
                    queue.append((True, user))

    users = sorted(u for u, ts in tracks_of.items() if ts)
    tracks = sorted(t for t, us in users_of.items() if us)
    column = {t: j for j, t in enumerate(tracks)}
    rows, cols, data = [], [], []
    for i, user in enumerate(users):
        for track in tracks_of[user]:
            rows.append(i)
            cols.append(column[track])
            data.append(plays[user, track])
    matrix = csr_matrix((np.array(data, dtype=np.int64), (np.array(rows, dtype=np.int64),
                                                          np.array(cols, dtype=np.int64))),
                        shape=(len(users), len(tracks)))
    return matrix, users, tracks
