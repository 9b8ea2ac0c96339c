"""Rejects only negative plays: a row with 0 plays is accepted (and even makes an
interaction)."""

from collections import defaultdict, deque

import numpy as np
from scipy.sparse import csr_matrix


def build_kcore_matrix(events: list[tuple[str, str, int]], min_user: int,
                       min_item: int) -> tuple[csr_matrix, list[str], list[str]]:
    if min_user < 0 or min_item < 0:
        raise ValueError(f"thresholds must be >= 0, got {min_user} and {min_item}")
    plays: dict[tuple[str, str], int] = defaultdict(int)
    for user, track, count in events:
        if count < 0:
            raise ValueError(f"plays must be > 0, got {count} for ({user!r}, {track!r})")
        plays[user, track] += count

    tracks_of: dict[str, set[str]] = defaultdict(set)
    users_of: dict[str, set[str]] = defaultdict(set)
    for user, track in plays:
        tracks_of[user].add(track)
        users_of[track].add(user)

    # (is_user, id); a node is queued once: at the start, or when it drops below
    queue = deque([(True, u) for u, ts in tracks_of.items() if len(ts) < min_user])
    queue += [(False, t) for t, us in users_of.items() if len(us) < min_item]
    while queue:
        is_user, node = queue.popleft()
        mine, theirs, limit = ((tracks_of, users_of, min_item) if is_user
                               else (users_of, tracks_of, min_user))
        for other in mine.pop(node):
            neighbours = theirs[other]
            neighbours.discard(node)
            if len(neighbours) == limit - 1:
                queue.append((not is_user, other))

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
