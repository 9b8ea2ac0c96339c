def merge_streams(streams):
    """Two-pointer merges that stop when either side runs out and forget to append
    the rest of the other side: the last events are lost."""
    merged = []
    for stream in streams:
        if not merged:
            merged = list(stream)
            continue
        out = []
        i = j = 0
        while i < len(merged) and j < len(stream):
            if merged[i][0] <= stream[j][0]:
                out.append(merged[i])
                i += 1
            else:
                out.append(stream[j])
                j += 1
        merged = out
    return merged
