import heapq


def merge_streams(streams):
    """Classic mistake: heapq.merge without a key compares whole tuples, so equal
    timestamps are ordered by event id instead of by stream index."""
    return list(heapq.merge(*streams))
