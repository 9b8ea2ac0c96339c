import heapq


def merge_streams(streams):
    """Correct: heapq.merge with a key compares only timestamps and breaks ties by
    the iterable's position, so it is stable; list() turns the generator into a list."""
    return list(heapq.merge(*streams, key=lambda event: event[0]))
