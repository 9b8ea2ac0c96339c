def merge_streams(streams):
    """Correct but naive: merges stream 0 with stream 1, the result with stream 2,
    and so on. Each merge walks the whole result so far: O(n k) for k streams.
    Ties take the result so far first (<=), so it is stable."""
    merged = []
    for stream in streams:
        out = []
        i = j = 0
        while i < len(merged) and j < len(stream):
            if merged[i][0] <= stream[j][0]:
                out.append(merged[i])
                i += 1
            else:
                out.append(stream[j])
                j += 1
        out.extend(merged[i:])
        out.extend(stream[j:])
        merged = out
    return merged
