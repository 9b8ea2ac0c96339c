def genre_rollup(parent, plays):
    """Correct: builds children lists, lists every tree top-down with an explicit
    stack, then adds totals bottom-up (reversed, every child comes before its
    parent). Genres never reached from a top are on (or below) a cycle."""
    genres = dict.fromkeys(parent)
    children = {}
    for genre, up in parent.items():
        if up is not None:
            genres.setdefault(up)
            children.setdefault(up, []).append(genre)
    for genre in plays:
        genres.setdefault(genre)
    order = []
    stack = [genre for genre in genres if parent.get(genre) is None]
    while stack:
        genre = stack.pop()
        order.append(genre)
        stack.extend(children.get(genre, ()))
    if len(order) != len(genres):
        raise ValueError("cycle")
    totals = {genre: plays.get(genre, 0) for genre in genres}
    for genre in reversed(order):
        up = parent.get(genre)
        if up is not None:
            totals[up] += totals[genre]
    return totals
