"""Prunes once: drops the users below min_user, then the tracks below min_item,
and stops. Removals that push others below their threshold are not followed."""

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

    for user in [u for u, ts in tracks_of.items() if len(ts) < min_user]:
        for track in tracks_of.pop(user):
            users_of[track].discard(user)
    for track in [t for t, us in users_of.items() if len(us) < min_item]:
        for user in users_of.pop(track):
            tracks_of[user].discard(track)

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
