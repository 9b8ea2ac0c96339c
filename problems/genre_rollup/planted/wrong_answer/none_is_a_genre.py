def genre_rollup(parent, plays):
    """Forgets that None means "no parent": None becomes a genre in the result,
    collecting the plays of every top-level genre."""
    genres = dict.fromkeys([*parent, *parent.values(), *plays])
    waiting = dict.fromkeys(genres, 0)
    for up in parent.values():
        waiting[up] += 1
    totals = {genre: plays.get(genre, 0) for genre in genres}
    ready = [genre for genre in genres if waiting[genre] == 0]
    done = 0
    while ready:
        genre = ready.pop()
        done += 1
        if genre in parent:
            up = parent[genre]
            totals[up] += totals[genre]
            waiting[up] -= 1
            if waiting[up] == 0:
                ready.append(up)
    if done != len(genres):
        raise ValueError("cycle")
    return totals
