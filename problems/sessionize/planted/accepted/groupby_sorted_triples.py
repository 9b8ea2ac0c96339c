from itertools import groupby
from operator import itemgetter


def sessionize(events, gap_s=1800):
    """Sorts (user, ts, index) triples, then itertools.groupby by user."""
    if gap_s < 0:
        raise ValueError("gap_s must be >= 0")
    triples = sorted((user, ts, i) for i, (user, ts) in enumerate(events))
    result = [None] * len(events)
    next_id = 0
    for _, group in groupby(triples, key=itemgetter(0)):
        last = None
        for _, ts, i in group:
            if last is not None and ts - last > gap_s:
                next_id += 1
            result[i] = next_id
            last = ts
        next_id += 1
    return result
