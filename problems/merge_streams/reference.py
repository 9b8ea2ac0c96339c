import heapq


def merge_streams(streams: list[list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """k-way merge with a heap holding one entry per stream: (timestamp, stream
    index, position). The heap compares the timestamp, then the stream index,
    never the event id, so equal timestamps come out lower stream first, and a
    stream's next event enters only after the one before it has left: stable.
    O(n log k) time for n events in k streams, O(k) extra memory."""
    heap = [(stream[0][0], i, 0) for i, stream in enumerate(streams) if stream]
    heapq.heapify(heap)
    merged = []
    while heap:
        _, i, j = heap[0]
        stream = streams[i]
        merged.append(stream[j])
        j += 1
        if j < len(stream):
            heapq.heapreplace(heap, (stream[j][0], i, j))
        else:
            heapq.heappop(heap)
    return merged
