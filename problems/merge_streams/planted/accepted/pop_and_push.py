import heapq


def merge_streams(streams):
    """Correct, a small constant factor slower than the reference: heappop then
    heappush for every event (two sift passes instead of one heapreplace), and
    the stream is looked up again each time. Still O(n log k)."""
    heap = []
    for i in range(len(streams)):
        if len(streams[i]) > 0:
            heapq.heappush(heap, (streams[i][0][0], i, 0))
    result = []
    while len(heap) > 0:
        timestamp, i, j = heapq.heappop(heap)
        result.append((timestamp, streams[i][j][1]))
        if j + 1 < len(streams[i]):
            heapq.heappush(heap, (streams[i][j + 1][0], i, j + 1))
    return result
