def genre_rollup(parent, plays):
    """Takes a genre that is its own parent for a top-level genre (the
    union-find convention) instead of a cycle."""
    genres = dict.fromkeys([*parent, *(u for u in parent.values() if u is not None), *plays])
    up_of = {g: (None if u == g else u) for g, u in parent.items()}
    waiting = dict.fromkeys(genres, 0)
    for up in up_of.values():
        if up is not None:
            waiting[up] += 1
    totals = {genre: plays.get(genre, 0) for genre in genres}
    ready = [genre for genre in genres if waiting[genre] == 0]
    done = 0
    while ready:
        genre = ready.pop()
        done += 1
        up = up_of.get(genre)
        if up is not None:
            totals[up] += totals[genre]
            waiting[up] -= 1
            if waiting[up] == 0:
                ready.append(up)
    if done != len(genres):
        raise ValueError("cycle")
    return totals
