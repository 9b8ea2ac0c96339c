def genre_rollup(parent, plays):
    """Reads plays[genre] for every genre: KeyError for a genre without plays."""
    genres = dict.fromkeys([*parent, *(u for u in parent.values() if u is not None), *plays])
    waiting = dict.fromkeys(genres, 0)
    for up in parent.values():
        if up is not None:
            waiting[up] += 1
    totals = {genre: plays[genre] for genre in genres}
    ready = [genre for genre in genres if waiting[genre] == 0]
    done = 0
    while ready:
        genre = ready.pop()
        done += 1
        up = parent.get(genre)
        if up is not None:
            totals[up] += totals[genre]
            waiting[up] -= 1
            if waiting[up] == 0:
                ready.append(up)
    if done != len(genres):
        raise ValueError("cycle")
    return totals
