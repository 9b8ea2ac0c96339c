import heapq


def merge_streams(streams):
    """Right order, but returns heapq.merge's generator instead of a list."""
    return heapq.merge(*streams, key=lambda event: event[0])
