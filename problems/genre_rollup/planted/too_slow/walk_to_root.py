def genre_rollup(parent, plays):
    """Correct but naive: after a (linear) cycle check, walks from every genre
    with plays up to its root, adding its plays to each genre on the way:
    O(n * depth), quadratic on long chains."""
    genres = dict.fromkeys([*parent, *(u for u in parent.values() if u is not None), *plays])
    safe = set()  # genres known to lead to a root
    for start in genres:
        path = []
        on_path = set()
        genre = start
        while genre is not None and genre not in safe:
            if genre in on_path:
                raise ValueError("cycle")
            on_path.add(genre)
            path.append(genre)
            genre = parent.get(genre)
        safe.update(path)
    totals = dict.fromkeys(genres, 0)
    for genre, count in plays.items():
        if count:
            while genre is not None:
                totals[genre] += count
                genre = parent.get(genre)
    return totals
