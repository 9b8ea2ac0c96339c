import heapq


def merge_streams(streams):
    """Builds the heap from every stream's first event: IndexError on an empty stream."""
    heap = [(stream[0][0], i, 0) for i, stream in enumerate(streams)]
    heapq.heapify(heap)
    merged = []
    while heap:
        _, i, j = heapq.heappop(heap)
        merged.append(streams[i][j])
        if j + 1 < len(streams[i]):
            heapq.heappush(heap, (streams[i][j + 1][0], i, j + 1))
    return merged
