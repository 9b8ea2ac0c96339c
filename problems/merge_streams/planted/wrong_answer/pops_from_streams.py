def merge_streams(streams):
    """Takes the smallest head with pop(0): the order is right, but it empties the
    caller's streams (and pop(0) is O(length) each time)."""
    merged = []
    while True:
        best = None
        for i, stream in enumerate(streams):
            if stream and (best is None or stream[0][0] < streams[best][0][0]):
                best = i
        if best is None:
            return merged
        merged.append(streams[best].pop(0))
