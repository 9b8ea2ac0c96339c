def genre_rollup(parent, plays):
    """Hands each total to its parent in one pass over parent's keys, as if
    children were always listed before their parents: when a parent comes
    first, its total is passed up before its children have added theirs."""
    genres = dict.fromkeys([*parent, *(u for u in parent.values() if u is not None), *plays])
    safe = set()  # cycle check: genres known to lead to a root
    for start in genres:
        path, on_path, genre = [], set(), start
        while genre is not None and genre not in safe:
            if genre in on_path:
                raise ValueError("cycle")
            path.append(genre)
            on_path.add(genre)
            genre = parent.get(genre)
        safe.update(path)
    totals = {genre: plays.get(genre, 0) for genre in genres}
    for genre, up in parent.items():
        if up is not None:
            totals[up] += totals[genre]
    return totals
