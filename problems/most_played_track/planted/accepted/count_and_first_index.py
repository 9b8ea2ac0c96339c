def most_played_track(plays):
    """Explicit tie-breaking as an interview answer often states it: count
    each track and remember the index of its first play, then take the
    minimum of (-count, first index). O(n)."""
    if not plays:
        raise ValueError("no plays")
    count = {}
    first = {}
    for i, track in enumerate(plays):
        if track not in count:
            count[track] = 0
            first[track] = i
        count[track] += 1
    return min(count, key=lambda track: (-count[track], first[track]))
