def genre_rollup(parent, plays):
    """Correct, a small constant factor slower than the reference: finds every
    genre's depth by walking up until a genre of known depth (each genre is
    walked once; meeting the current walk again is a cycle), buckets genres by
    depth, then hands totals up from the deepest bucket to the top."""
    genres = list(dict.fromkeys([*parent, *(u for u in parent.values() if u is not None),
                                 *plays]))
    depth = {}
    for start in genres:
        path = []
        on_path = set()
        genre = start
        while genre is not None and genre not in depth:
            if genre in on_path:
                raise ValueError("cycle")
            on_path.add(genre)
            path.append(genre)
            genre = parent.get(genre)
        d = -1 if genre is None else depth[genre]
        for genre in reversed(path):
            d += 1
            depth[genre] = d
    buckets = [[] for _ in range(max(depth.values(), default=-1) + 1)]
    for genre in genres:
        buckets[depth[genre]].append(genre)
    totals = {genre: plays.get(genre, 0) for genre in genres}
    for bucket in reversed(buckets):
        for genre in bucket:
            up = parent.get(genre)
            if up is not None:
                totals[up] += totals[genre]
    return totals
