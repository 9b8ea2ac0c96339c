import heapq


def merge_streams(streams):
    """Clamps the next position to the stream's last event "to stay in bounds" instead
    of dropping a finished stream: the heap never empties and the loop never ends."""
    heap = [(stream[0][0], i, 0) for i, stream in enumerate(streams) if stream]
    heapq.heapify(heap)
    merged = []
    total = sum(len(stream) for stream in streams)
    while heap:
        _, i, j = heapq.heappop(heap)
        if len(merged) < total:
            merged.append(streams[i][j])
        nxt = min(j + 1, len(streams[i]) - 1)
        heapq.heappush(heap, (streams[i][nxt][0], i, nxt))
    return merged
