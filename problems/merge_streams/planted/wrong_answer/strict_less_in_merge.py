def merge_streams(streams):
    """Divide and conquer with a two-pointer merge that takes the left side only when
    strictly smaller (<, not <=): equal timestamps from the right half jump ahead."""
    if not streams:
        return []
    if len(streams) == 1:
        return list(streams[0])
    middle = len(streams) // 2
    left, right = merge_streams(streams[:middle]), merge_streams(streams[middle:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i][0] < right[j][0]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]
