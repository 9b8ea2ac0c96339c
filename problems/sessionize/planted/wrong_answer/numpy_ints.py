import numpy as np


def sessionize(events, gap_s=1800):
    """A numpy version (lexsort, diff, cumsum) that returns list(array): the
    items are numpy.int64, not int."""
    if gap_s < 0:
        raise ValueError("negative gap")
    if not events:
        return []
    users = np.empty(len(events), dtype=object)
    users[:] = [user for user, _ in events]
    _, codes = np.unique(users, return_inverse=True)
    times = np.array([ts for _, ts in events], dtype=np.int64)
    order = np.lexsort((times, codes))
    codes, times = codes[order], times[order]
    new = np.ones(len(events), dtype=bool)
    new[1:] = (codes[1:] != codes[:-1]) | (np.diff(times) > gap_s)
    ids = np.empty(len(events), dtype=np.int64)
    ids[order] = np.cumsum(new) - 1
    return list(ids)
