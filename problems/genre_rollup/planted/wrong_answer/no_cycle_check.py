def genre_rollup(parent, plays):
    """Leaves-first like the reference, but never checks that every genre was
    finished: a cycle silently returns partial totals instead of raising."""
    genres = dict.fromkeys([*parent, *(u for u in parent.values() if u is not None), *plays])
    waiting = dict.fromkeys(genres, 0)
    for up in parent.values():
        if up is not None:
            waiting[up] += 1
    totals = {genre: plays.get(genre, 0) for genre in genres}
    ready = [genre for genre in genres if waiting[genre] == 0]
    while ready:
        genre = ready.pop()
        up = parent.get(genre)
        if up is not None:
            totals[up] += totals[genre]
            waiting[up] -= 1
            if waiting[up] == 0:
                ready.append(up)
    return totals
