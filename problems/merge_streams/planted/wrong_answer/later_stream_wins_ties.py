import heapq


def merge_streams(streams):
    """Pushes (timestamp, -stream index) to "prefer the newest server": on equal
    timestamps the higher stream index comes out first, so the merge is not stable."""
    heap = [(stream[0][0], -i, 0) for i, stream in enumerate(streams) if stream]
    heapq.heapify(heap)
    merged = []
    while heap:
        _, negated, j = heapq.heappop(heap)
        stream = streams[-negated]
        merged.append(stream[j])
        if j + 1 < len(stream):
            heapq.heappush(heap, (stream[j + 1][0], negated, j + 1))
    return merged
