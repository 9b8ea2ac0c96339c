def merge_streams(streams):
    """The other textbook k-way merge (LeetCode 23's editorial, "merge with
    divide and conquer"): merge neighbouring streams in pairs, round after
    round, with the two-list merge of merge sort; the left list wins ties, so
    the merge is stable. O(n log k)."""

    def merge_two(left, right):
        out = []
        i = j = 0
        while i < len(left) and j < len(right):
            if left[i][0] <= right[j][0]:
                out.append(left[i])
                i += 1
            else:
                out.append(right[j])
                j += 1
        out.extend(left[i:])
        out.extend(right[j:])
        return out

    lists = list(streams)
    if not lists:
        return []
    while len(lists) > 1:
        merged = [merge_two(lists[i], lists[i + 1]) for i in range(0, len(lists) - 1, 2)]
        if len(lists) % 2:
            merged.append(lists[-1])
        lists = merged
    return list(lists[0])
